namespace Polis.Citizens.EServices.Catalogue;

/// <summary>The wire names of <see cref="EServiceKind"/> (lower case, as in JSON bodies and answers).</summary>
public static class EServiceKinds
{
    public static IReadOnlyList<string> All { get; } = ["permit", "certificate", "appointment"];

    public static string Name(EServiceKind kind) => kind switch
    {
        EServiceKind.Permit => "permit",
        EServiceKind.Certificate => "certificate",
        EServiceKind.Appointment => "appointment",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static EServiceKind? Parse(string? name) => name?.Trim().ToLowerInvariant() switch
    {
        "permit" => EServiceKind.Permit,
        "certificate" => EServiceKind.Certificate,
        "appointment" => EServiceKind.Appointment,
        _ => null,
    };
}
