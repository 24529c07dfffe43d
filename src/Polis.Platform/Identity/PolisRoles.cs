namespace Polis.Platform.Identity;

/// <summary>
/// The roles of Polis users: three operator roles and <see cref="Resident"/>, which is none of them. Names are stored
/// in the identity database: do not rename.
/// </summary>
public static class PolisRoles
{
    /// <summary>Manages users and everything an operator can do.</summary>
    public const string Admin = "admin";

    /// <summary>Reads and writes operational data (commands, alarms, reports).</summary>
    public const string Operator = "operator";

    /// <summary>Reads only.</summary>
    public const string Viewer = "viewer";

    /// <summary>
    /// A resident of the city: sees only what is theirs (the <c>/api/v1/me/...</c> APIs, <see cref="PolisPolicies.Resident"/>)
    /// and is refused every operator API. Not in <see cref="All"/>.
    /// </summary>
    public const string Resident = "resident";

    /// <summary>Every operator role, most privileged first: the roles the operator policies admit.</summary>
    public static IReadOnlyList<string> All { get; } = [Admin, Operator, Viewer];

    /// <summary>Every role a user can be given: the operator roles and <see cref="Resident"/>.</summary>
    public static IReadOnlyList<string> Assignable { get; } = [.. All, Resident];

    /// <summary>The canonical name of an assignable role <paramref name="role"/> (case-insensitive), or null if unknown.</summary>
    public static string? Normalize(string? role) =>
        Assignable.FirstOrDefault(r => string.Equals(r, role?.Trim(), StringComparison.OrdinalIgnoreCase));
}
