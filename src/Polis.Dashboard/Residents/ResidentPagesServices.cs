using Microsoft.Extensions.DependencyInjection;

namespace Polis.Dashboard.Residents;

/// <summary>Registers the services of the residents' pages. The metering module itself is added by the host (<c>AddPolisMetering</c>).</summary>
internal static class ResidentPagesServices
{
    public static IServiceCollection AddResidentPages(this IServiceCollection services)
    {
        services.AddScoped<ResidentConsumptionReader>();
        services.AddScoped<ResidentBillReader>();
        return services;
    }
}
