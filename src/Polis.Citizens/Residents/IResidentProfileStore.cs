namespace Polis.Citizens.Residents;

/// <summary>Verified residents' profiles. Revoking a verification deletes the profile: the resident is unverified again.</summary>
public interface IResidentProfileStore
{
    /// <summary>Stores (or replaces) a resident's verified profile.</summary>
    Task SaveAsync(ResidentProfile profile, CancellationToken cancellationToken = default);

    /// <summary>The profile of a verified resident, or null when unverified.</summary>
    Task<ResidentProfile?> GetAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>Revokes a verification; false when the resident was not verified.</summary>
    Task<bool> DeleteAsync(string userId, CancellationToken cancellationToken = default);
}
