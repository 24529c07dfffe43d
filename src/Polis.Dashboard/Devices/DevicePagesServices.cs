using Microsoft.Extensions.DependencyInjection;
using Polis.Platform.Ingest;

namespace Polis.Dashboard.Devices;

/// <summary>Registers the services of the device list and device page.</summary>
internal static class DevicePagesServices
{
    public static IServiceCollection AddDevicePages(this IServiceCollection services)
    {
        services.AddSingleton<DeviceReadingFeed>();
        services.AddSingleton<IReadingObserver>(sp => sp.GetRequiredService<DeviceReadingFeed>());
        services.AddScoped<DeviceListReader>();
        services.AddScoped<DevicePageReader>();
        services.AddScoped<DeviceHistoryReader>();
        services.AddScoped<DeviceActions>();
        return services;
    }
}
