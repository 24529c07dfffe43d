namespace Polis.Citizens.Reports.Keys;

/// <summary>Persistence of the Open311 clients' API keys.</summary>
public interface IOpen311KeyStore
{
    Task CreateAsync(Open311ApiKey key, CancellationToken cancellationToken = default);

    /// <summary>Every key, newest first, revoked ones too.</summary>
    Task<IReadOnlyList<Open311ApiKey>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The unrevoked key with this hash, or null.</summary>
    Task<Open311ApiKey?> FindActiveAsync(string keyHash, CancellationToken cancellationToken = default);

    /// <summary>Revokes a key; false when there is no such key (revoking twice keeps the first revocation).</summary>
    Task<bool> RevokeAsync(string id, string actor, DateTimeOffset at, CancellationToken cancellationToken = default);
}
