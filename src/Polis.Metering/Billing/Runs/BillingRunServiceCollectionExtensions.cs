using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing.Runs;

/// <summary>Tariffs stored and assigned, billing runs, issued bills (the stores come from the storage registration).</summary>
public static class BillingRunServiceCollectionExtensions
{
    public static IServiceCollection AddMeteringBilling(this IServiceCollection services)
    {
        services.AddOptions<BillingRunOptions>().BindConfiguration(BillingRunOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<TariffRegistry>();
        services.TryAddSingleton<BillingRunService>();
        return services;
    }
}
