namespace Polis.Platform.Identity;

/// <summary>The three operator roles. Names are stored in the identity database: do not rename.</summary>
public static class PolisRoles
{
    /// <summary>Manages users and everything an operator can do.</summary>
    public const string Admin = "admin";

    /// <summary>Reads and writes operational data (commands, alarms, reports).</summary>
    public const string Operator = "operator";

    /// <summary>Reads only.</summary>
    public const string Viewer = "viewer";

    /// <summary>Every role, most privileged first.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Operator, Viewer];

    /// <summary>The canonical role name for <paramref name="role"/> (case-insensitive), or null if unknown.</summary>
    public static string? Normalize(string? role) =>
        All.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
