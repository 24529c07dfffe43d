using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polis.Metering.Validation;

namespace Polis.Metering.Hosting;

/// <summary>
/// Registers the metering module: meters and service points, reading ingest and VEE, tariffs and billing,
/// leak and theft detection, exports. One <c>AddMetering…</c> per part; the host also registers the module's stores
/// (embedded: <c>AddPolisSqliteMeteringStorage</c>) and maps <see cref="MeteringEndpointRouteBuilderExtensions.MapMeteringEndpoints"/>.
/// </summary>
public static class MeteringServiceCollectionExtensions
{
    public static IServiceCollection AddPolisMetering(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMeteringVee();
        return services;
    }
}
