namespace Polis.Citizens.EServices.Catalogue;

/// <summary>The e-service catalogue's storage. Services are never deleted: requests keep naming them.</summary>
public interface IEServiceCatalogueStore
{
    Task<IReadOnlyList<StoredEService>> ListAsync(bool includeInactive, CancellationToken cancellationToken = default);

    Task<StoredEService?> GetAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>False when the code exists.</summary>
    Task<bool> CreateAsync(StoredEService service, CancellationToken cancellationToken = default);

    /// <summary>False when the code does not exist.</summary>
    Task<bool> UpdateAsync(StoredEService service, CancellationToken cancellationToken = default);
}
