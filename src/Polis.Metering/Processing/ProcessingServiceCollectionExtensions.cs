using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Polis.Metering.Processing;

/// <summary>Registers validation in production: the validator, the background service over the queue, analyst edits.</summary>
internal static class ProcessingServiceCollectionExtensions
{
    public static IServiceCollection AddMeteringProcessing(this IServiceCollection services)
    {
        services.AddOptions<ValidationOptions>().BindConfiguration(ValidationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<MeteringCalendarOptions>().BindConfiguration(MeteringCalendarOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<ValidationMetrics>();
        services.TryAddSingleton<MeterValidator>();
        services.TryAddSingleton<AnalystEditor>();
        services.TryAddSingleton<ValidationService>();
        services.AddHostedService(sp => sp.GetRequiredService<ValidationService>());
        return services;
    }
}
