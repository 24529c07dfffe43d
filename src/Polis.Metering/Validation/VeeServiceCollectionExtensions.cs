using Microsoft.Extensions.DependencyInjection;
using Polis.Metering.Registers;

namespace Polis.Metering.Validation;

/// <summary>Registers the thresholds of register conversion and VEE (the logic itself is static and needs no services).</summary>
internal static class VeeServiceCollectionExtensions
{
    public static IServiceCollection AddMeteringVee(this IServiceCollection services)
    {
        services.AddOptions<RegisterOptions>().BindConfiguration(RegisterOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<VeeOptions>().BindConfiguration(VeeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
