using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polis.Metering.Billing.Runs;
using Polis.Metering.Detection;
using Polis.Metering.Exports;
using Polis.Metering.Ingest;
using Polis.Metering.Meters;
using Polis.Metering.Processing;
using Polis.Metering.Residents;
using Polis.Metering.Validation;
using Polis.Platform.Ingest;

namespace Polis.Metering.Hosting;

/// <summary>
/// Registers the metering module: meters and service points, reading ingest and VEE, tariffs and billing,
/// leak and theft detection, exports. One <c>AddMetering…</c> per part; the host also registers the module's stores
/// (embedded: <c>AddPolisSqliteMeteringStorage</c>) and maps <see cref="MeteringEndpointRouteBuilderExtensions.MapMeteringEndpoints"/>.
/// </summary>
public static class MeteringServiceCollectionExtensions
{
    public static IServiceCollection AddPolisMetering(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddMeteringMeters();
        services.AddMeteringVee();
        services.AddMeteringIngest();
        services.AddMeteringProcessing();
        services.AddMeteringBilling();
        services.AddMeteringDetection();
        services.AddMeteringExports();
        return services;
    }

    /// <summary>Accounts, service points, meters and installations: the registries over their stores.</summary>
    internal static IServiceCollection AddMeteringMeters(this IServiceCollection services)
    {
        services.TryAddSingleton<AccountRegistry>();
        services.TryAddSingleton<ServicePointRegistry>();
        services.TryAddSingleton<MeterRegistry>();
        services.TryAddSingleton<InstallationRegistry>();
        return services;
    }

    /// <summary>
    /// Register readings of meter devices from the ingest path (queued, filed under their meters in batches, back-filled
    /// from telemetry), and imports from head-end systems.
    /// </summary>
    internal static IServiceCollection AddMeteringIngest(this IServiceCollection services)
    {
        services.AddOptions<MeteringIngestOptions>().BindConfiguration(MeteringIngestOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<MeteringIngestMetrics>();
        services.TryAddSingleton<MeteringInbox>();
        services.TryAddSingleton<MeterDirectory>();
        services.TryAddSingleton<RegisterBackfill>();
        services.TryAddSingleton<ReadImporter>();
        services.TryAddSingleton<MeterReadIngestService>();
        services.AddHostedService(sp => sp.GetRequiredService<MeterReadIngestService>());
        services.AddSingleton<IMeterChangeObserver>(sp => sp.GetRequiredService<MeterReadIngestService>());
        services.AddSingleton<IReadingObserver, MeterReadingObserver>();
        return services;
    }

    /// <summary>Residents' access to their accounts, their consumption views and the Green Button and CSV exports.</summary>
    internal static IServiceCollection AddMeteringExports(this IServiceCollection services)
    {
        services.TryAddSingleton<ExportPlanner>();
        services.TryAddSingleton<ConsumptionReader>();
        services.TryAddSingleton<ResidentAccess>();
        return services;
    }
}
