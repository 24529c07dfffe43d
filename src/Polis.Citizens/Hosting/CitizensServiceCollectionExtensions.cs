using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polis.Citizens.Polls;
using Polis.Citizens.Reports;

namespace Polis.Citizens.Hosting;

/// <summary>
/// Registers the citizens module: residents' problem reports (Open311 GeoReport v2 and their lifecycle) and city
/// polls. One <c>AddCitizens…</c> per part; the host also registers the module's stores (embedded:
/// <c>AddPolisSqliteCitizensStorage</c>) and maps <see cref="CitizensEndpointRouteBuilderExtensions.MapCitizensEndpoints"/>.
/// </summary>
public static class CitizensServiceCollectionExtensions
{
    public static IServiceCollection AddPolisCitizens(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddCitizensReports();
        services.AddCitizensPolls();
        EServices.EServicesServiceCollectionExtensions.AddCitizensEServices(services);
        return services;
    }
}
