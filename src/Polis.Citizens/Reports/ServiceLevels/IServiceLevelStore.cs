namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>Persistence of the city's routing and service-level documents, each read and replaced as a whole.</summary>
public interface IServiceLevelStore
{
    /// <summary>The saved routing; null while none was ever saved.</summary>
    Task<RoutingDocument?> GetRoutingAsync(CancellationToken cancellationToken = default);

    Task SaveRoutingAsync(RoutingDocument document, string actor, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>The saved service levels; null while none were ever saved.</summary>
    Task<ServiceLevelDocument?> GetServiceLevelsAsync(CancellationToken cancellationToken = default);

    Task SaveServiceLevelsAsync(ServiceLevelDocument document, string actor, DateTimeOffset at, CancellationToken cancellationToken = default);
}
