namespace Polis.Platform.Devices;

/// <summary>A registry operation's outcome: the value, or validation errors by field, not-found or conflict.</summary>
public sealed record OperationResult<T>(OperationStatus Status, T? Value, IDictionary<string, string[]>? Errors = null, string? Detail = null)
{
    public static OperationResult<T> Ok(T value) => new(OperationStatus.Ok, value);

    public static OperationResult<T> Invalid(IDictionary<string, string[]> errors) => new(OperationStatus.Invalid, default, errors);

    public static OperationResult<T> NotFound(string detail) => new(OperationStatus.NotFound, default, null, detail);

    public static OperationResult<T> Conflict(string detail) => new(OperationStatus.Conflict, default, null, detail);
}
