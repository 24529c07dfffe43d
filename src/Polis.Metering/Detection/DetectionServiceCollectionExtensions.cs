using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polis.Platform.Ingest;

namespace Polis.Metering.Detection;

/// <summary>Registers leak, theft and anomaly detection: options, the runner, the tamper hook and the hosted service.</summary>
internal static class DetectionServiceCollectionExtensions
{
    public static IServiceCollection AddMeteringDetection(this IServiceCollection services)
    {
        services.AddOptions<DetectionOptions>().BindConfiguration(DetectionOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<FindingRecorder>();
        services.TryAddSingleton<FeederBalances>();
        services.TryAddSingleton<DetectionRunner>();
        services.TryAddSingleton<TamperInbox>();
        services.TryAddSingleton<TamperHandler>();
        services.TryAddSingleton<DetectionService>();
        services.AddHostedService(sp => sp.GetRequiredService<DetectionService>());
        services.AddSingleton<IReadingObserver, TamperObserver>();
        return services;
    }
}
