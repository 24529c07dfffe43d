using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polis.Platform.Devices;
using Polis.Platform.Ingest;
using Polis.Transit.Feeds;
using Polis.Transit.Live;
using Polis.Transit.Planning;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Realtime.Cancellations;
using Polis.Transit.Realtime;
using Polis.Transit.Tracking;

namespace Polis.Transit.Hosting;

/// <summary>
/// Registers the transit module: static feeds (import, timetable), live vehicles (matching, predictions),
/// GTFS-Realtime feeds and service alerts, planning reports. The host also registers the module's stores
/// (embedded: <c>AddPolisSqliteTransitStorage</c>) and maps <see cref="TransitEndpointRouteBuilderExtensions.MapTransitEndpoints"/>.
/// </summary>
public static class TransitServiceCollectionExtensions
{
    public static IServiceCollection AddPolisTransit(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddTransitFeeds();
        services.AddTransitTracking();
        services.AddTransitRealtime();
        services.AddTransitPlanning();
        return services;
    }

    /// <summary>Static GTFS: import and validation, the active <see cref="Timetable.TransitNetwork"/>, the timetable API.</summary>
    internal static IServiceCollection AddTransitFeeds(this IServiceCollection services)
    {
        services.AddOptions<TransitFeedOptions>().BindConfiguration(TransitFeedOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<TransitFeedImporter>();
        services.AddSingleton<TransitNetworkProvider>();
        services.AddSingleton<ITransitNetworkProvider>(sp => sp.GetRequiredService<TransitNetworkProvider>());
        services.AddHostedService(sp => sp.GetRequiredService<TransitNetworkProvider>());
        return services;
    }

    /// <summary>Vehicle reports matched to trips, deviations, headways, arrival predictions and their accuracy.</summary>
    internal static IServiceCollection AddTransitTracking(this IServiceCollection services)
    {
        services.AddOptions<TrackingOptions>().BindConfiguration(TrackingOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddMetrics();
        services.TryAddSingleton<TrackingMetrics>();
        services.TryAddSingleton<TrackingInbox>();
        services.TryAddSingleton<LiveVehicleRegistry>();
        services.TryAddSingleton<VehicleLabels>();
        services.AddSingleton<IDeviceChangeObserver>(sp => sp.GetRequiredService<VehicleLabels>());
        services.TryAddSingleton<ITransitLiveState>(sp => sp.GetRequiredService<LiveVehicleRegistry>());
        services.TryAddSingleton<VehicleTrackingService>();
        services.AddHostedService(sp => sp.GetRequiredService<VehicleTrackingService>());
        services.AddSingleton<IReadingObserver, TrackingReadingObserver>();
        return services;
    }

    /// <summary>
    /// GTFS-Realtime feeds, service alerts and trip cancellations. The alert and cancellation stores come with the
    /// host's storage (<c>AddPolisSqliteTransitStorage</c>).
    /// </summary>
    internal static IServiceCollection AddTransitRealtime(this IServiceCollection services)
    {
        services.AddOptions<GtfsRealtimeOptions>().BindConfiguration(GtfsRealtimeOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DelayAlertOptions>().BindConfiguration(DelayAlertOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<TransitRealtimeSources>();
        services.TryAddSingleton<GtfsRealtimeFeedCache>();
        services.TryAddSingleton<ServiceAlertService>();
        services.TryAddSingleton<TripCancellationService>();
        services.AddHostedService<DelayAlertService>();
        return services;
    }

    /// <summary>Bunching and gaps, running times and on-time performance reports (over the history store's stop events).</summary>
    internal static IServiceCollection AddTransitPlanning(this IServiceCollection services)
    {
        services.AddOptions<PlanningOptions>().BindConfiguration(PlanningOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<TransitPlanningService>();
        return services;
    }
}
