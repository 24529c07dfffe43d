namespace Polis.Metering.Residents;

/// <summary>
/// Which residents may see which customer accounts. Links are the only way a resident reaches metering data: whatever a
/// resident asks for is looked up through <see cref="ListAccountIdsAsync"/> first.
/// </summary>
public interface IResidentAccountStore
{
    /// <summary>Links a resident to an account; true when the link is new, false when it already existed (kept as it was).</summary>
    /// <exception cref="KeyNotFoundException">The account does not exist (nothing is stored).</exception>
    Task<bool> LinkAsync(ResidentLink link, CancellationToken cancellationToken = default);

    /// <summary>Removes a link; false when there was none.</summary>
    Task<bool> UnlinkAsync(string accountId, string userId, CancellationToken cancellationToken = default);

    /// <summary>The residents linked to an account, oldest link first.</summary>
    Task<IReadOnlyList<ResidentLink>> ListResidentsAsync(string accountId, CancellationToken cancellationToken = default);

    /// <summary>The ids of the accounts a resident is linked to, ordered by id.</summary>
    Task<IReadOnlyList<string>> ListAccountIdsAsync(string userId, CancellationToken cancellationToken = default);
}
