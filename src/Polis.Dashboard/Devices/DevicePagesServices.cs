using Microsoft.Extensions.DependencyInjection;

namespace Polis.Dashboard.Devices;

/// <summary>Registers the services of the device list and device page.</summary>
internal static class DevicePagesServices
{
    public static IServiceCollection AddDevicePages(this IServiceCollection services) => services;
}
