using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Polis.Transit.Feeds;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Realtime.Cancellations;
using Polis.Transit.Tracking;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>The transit module's stores in the embedded database (feeds, alerts, history: see docs/transit.md).</summary>
public static class SqliteTransitStorageServiceCollectionExtensions
{
    public static IServiceCollection AddPolisSqliteTransitStorage(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<ITransitFeedStore, SqliteTransitFeedStore>();
        services.AddSingleton<ITrackingHistoryStore, SqliteTrackingHistoryStore>();
        services.AddSingleton<IServiceAlertStore, SqliteServiceAlertStore>();
        services.AddSingleton<ITripCancellationStore, SqliteTripCancellationStore>();
        return services;
    }
}
