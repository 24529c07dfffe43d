namespace Polis.Platform.Identity;

/// <summary>Authorization policy names registered by <see cref="IdentityServiceCollectionExtensions.AddPolisIdentity"/>.</summary>
public static class PolisPolicies
{
    /// <summary>Any signed-in operator: admin, operator or viewer.</summary>
    public const string Read = "polis.read";

    /// <summary>May change state: admin or operator (viewers cannot write).</summary>
    public const string Write = "polis.write";

    /// <summary>User management and platform settings: admin only.</summary>
    public const string Admin = "polis.admin";

    /// <summary>A signed-in resident (<see cref="PolisRoles.Resident"/>): their own data under <c>/api/v1/me/...</c> only.</summary>
    public const string Resident = "polis.resident";
}
