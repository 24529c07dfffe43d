using Microsoft.Extensions.DependencyInjection;

namespace Polis.Dashboard.Map;

/// <summary>Registers the services of the live map.</summary>
internal static class DashboardMapServices
{
    public static IServiceCollection AddDashboardMap(this IServiceCollection services) => services;
}
