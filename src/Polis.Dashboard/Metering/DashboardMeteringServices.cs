using Microsoft.Extensions.DependencyInjection;

namespace Polis.Dashboard.Metering;

/// <summary>Registers the services of the analysts' metering pages. The metering module itself is added by the host (<c>AddPolisMetering</c>).</summary>
internal static class DashboardMeteringServices
{
    public static IServiceCollection AddMeteringPages(this IServiceCollection services)
    {
        services.AddScoped<MeteringReader>();
        services.AddScoped<MeteringBillingReader>();
        services.AddScoped<MeteringActions>();
        return services;
    }
}
