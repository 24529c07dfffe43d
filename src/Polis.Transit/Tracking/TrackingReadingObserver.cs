using Microsoft.Extensions.Logging;
using Polis.Contracts.Telemetry;
using Polis.Platform.Ingest;

namespace Polis.Transit.Tracking;

/// <summary>
/// The ingest hook: queues the readings of <c>bus</c>-profile devices for the tracker and returns at once. Other
/// profiles cost one string comparison. Never throws into ingest; a full queue drops the readings and counts them.
/// </summary>
public sealed partial class TrackingReadingObserver(TrackingInbox inbox, TrackingMetrics metrics, ILogger<TrackingReadingObserver> logger) : IReadingObserver
{
    public const string BusProfile = "bus";

    private long _dropped;

    public void OnReadings(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points)
    {
        if (profileId != BusProfile || points is null || points.Count == 0 || deviceId is null)
        {
            return;
        }

        try
        {
            if (!inbox.TryEnqueue(new VehicleReadings(deviceId, points)))
            {
                metrics.Dropped();
                if (Interlocked.Increment(ref _dropped) % 1_000 == 1)
                {
                    LogDropped(logger, Interlocked.Read(ref _dropped));
                }
            }
        }
        catch (Exception ex)
        {
            LogFailed(logger, deviceId, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Vehicle tracking is behind; {Dropped} bus readings dropped so far")]
    private static partial void LogDropped(ILogger logger, long dropped);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queueing bus readings of {DeviceId} for tracking failed")]
    private static partial void LogFailed(ILogger logger, string deviceId, Exception exception);
}
