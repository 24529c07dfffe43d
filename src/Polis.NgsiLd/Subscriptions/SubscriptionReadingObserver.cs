using Microsoft.Extensions.Logging;
using Polis.Contracts.Telemetry;
using Polis.NgsiLd.Entities;
using Polis.Platform.Ingest;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// The ingest hook: queues readings that some subscription could be about and returns at once. Without
/// subscriptions a reading costs one volatile read; with some, a selector check per subscription.
/// Matching on attributes, q and geoQ, and everything slow, happens in <see cref="SubscriptionNotifier"/>.
/// </summary>
public sealed partial class SubscriptionReadingObserver(SubscriptionRegistry registry, ReadingInbox queue, ILogger<SubscriptionReadingObserver> logger)
    : IReadingObserver
{
    private long _dropped;

    public void OnReadings(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points)
    {
        var subscriptions = registry.All;
        if (subscriptions.Count == 0 || points is null || points.Count == 0)
        {
            return;
        }

        try
        {
            var type = EntityTypes.ForProfile(profileId);
            var entityId = EntityIds.For(type, deviceId);
            if (!subscriptions.Any(s => s.Filter.MatchesEntity(type, entityId)))
            {
                return;
            }

            if (!queue.TryEnqueue(ReadingNotice.Of(deviceId, profileId, points)) && Interlocked.Increment(ref _dropped) % 1_000 == 1)
            {
                LogDropped(logger, Interlocked.Read(ref _dropped));
            }
        }
        catch (Exception ex)
        {
            // The contract: never throw into the ingest path.
            LogFailed(logger, deviceId, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "NGSI-LD notifier is behind; {Dropped} readings dropped from matching so far")]
    private static partial void LogDropped(ILogger logger, long dropped);

    [LoggerMessage(Level = LogLevel.Error, Message = "NGSI-LD subscription matching failed for device {DeviceId}")]
    private static partial void LogFailed(ILogger logger, string deviceId, Exception exception);
}
