using Polis.Platform.Devices;

namespace Polis.Dashboard.Registry;

/// <summary>
/// What a registry write answers the page: the value, or field errors to show next to the fields, or one
/// problem to show above the form (not found, conflict, or a role that may not write).
/// </summary>
public sealed record RegistryOutcome<T>(T? Value, IReadOnlyDictionary<string, string[]> Errors, string? Problem)
{
    public const string NotAllowedMessage = "Your role does not allow changes to the registry (roles are re-checked at every change).";

    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    public bool Succeeded => Problem is null && Errors.Count == 0;

    public static RegistryOutcome<T> Done(T value) => new(value, NoErrors, null);

    public static RegistryOutcome<T> Invalid(IDictionary<string, string[]> errors) =>
        new(default, new Dictionary<string, string[]>(errors, StringComparer.Ordinal), null);

    public static RegistryOutcome<T> Refused(string problem) => new(default, NoErrors, problem);

    public static RegistryOutcome<T> NotAllowed { get; } = Refused(NotAllowedMessage);

    public static RegistryOutcome<T> From(OperationResult<T> result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return result.Status switch
        {
            OperationStatus.Ok => Done(result.Value!),
            OperationStatus.Invalid => Invalid(result.Errors!),
            _ => Refused(result.Detail ?? "The registry refused the change."),
        };
    }
}
