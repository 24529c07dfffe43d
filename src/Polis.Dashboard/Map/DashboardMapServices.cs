using Microsoft.Extensions.DependencyInjection;
using Polis.Platform.Ingest;

namespace Polis.Dashboard.Map;

/// <summary>Registers the services of the live map.</summary>
internal static class DashboardMapServices
{
    public static IServiceCollection AddDashboardMap(this IServiceCollection services)
    {
        services.AddOptions<MapOptions>().BindConfiguration(MapOptions.SectionName);
        services.AddSingleton<MapFeed>();
        services.AddSingleton<IReadingObserver>(sp => sp.GetRequiredService<MapFeed>());
        services.AddScoped<MapSnapshotReader>();
        services.AddScoped<MapDeviceReader>();
        services.AddScoped<MapBaseLayerReader>();
        return services;
    }
}
