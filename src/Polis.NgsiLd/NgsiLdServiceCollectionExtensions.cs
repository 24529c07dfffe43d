using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polis.NgsiLd.Http;

namespace Polis.NgsiLd;

/// <summary>Registers the NGSI-LD API's services; the host maps the routes with <see cref="NgsiLdEndpoints.MapNgsiLdEndpoints"/>.</summary>
public static class NgsiLdServiceCollectionExtensions
{
    public static IServiceCollection AddPolisNgsiLd(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IDeviceTwinReader, GrainDeviceTwinReader>();
        services.TryAddSingleton<NgsiLdEntityService>();
        return services;
    }
}
