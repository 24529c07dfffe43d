using Microsoft.Extensions.DependencyInjection;

namespace Polis.Dashboard.Transit;

/// <summary>Registers the services of the transit pages. The transit module itself is added by the host (<c>AddPolisTransit</c>).</summary>
internal static class DashboardTransitServices
{
    public static IServiceCollection AddTransitPages(this IServiceCollection services)
    {
        services.AddSingleton<TransitMapNetworks>();
        services.AddScoped<StopBoardReader>();
        services.AddScoped<TransitPerformanceReader>();
        return services;
    }
}
