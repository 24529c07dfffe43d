namespace Polis.Citizens.Reports.Catalogue;

/// <summary>Persistence of the service catalogue.</summary>
public interface IServiceCatalogueStore
{
    /// <summary>Every service by code; deactivated ones only when <paramref name="includeInactive"/>.</summary>
    Task<IReadOnlyList<StoredService>> ListAsync(bool includeInactive, CancellationToken cancellationToken = default);

    Task<StoredService?> GetAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>Stores a new service; false when its code is taken.</summary>
    Task<bool> CreateAsync(StoredService service, CancellationToken cancellationToken = default);

    /// <summary>Replaces a service's definition (its creation time is kept); false when there is none.</summary>
    Task<bool> UpdateAsync(StoredService service, CancellationToken cancellationToken = default);
}
