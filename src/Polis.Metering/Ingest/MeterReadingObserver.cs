using Microsoft.Extensions.Logging;
using Polis.Contracts.Telemetry;
using Polis.Metering.Meters;
using Polis.Platform.Ingest;

namespace Polis.Metering.Ingest;

/// <summary>
/// The ingest hook: picks the register readings out of meter-profile devices' telemetry (the kind's register key,
/// or its interval key for interval meters; numeric values) and queues them for <see cref="MeterReadIngestService"/>, returning at once. Other profiles cost one
/// string switch. Never throws into ingest; a full queue sets the readings aside to be back-filled from telemetry.
/// </summary>
public sealed partial class MeterReadingObserver(MeteringInbox inbox, MeteringIngestMetrics metrics, TimeProvider timeProvider, ILogger<MeterReadingObserver> logger) : IReadingObserver
{
    private long _missed;

    public void OnReadings(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points)
    {
        if (MeterKinds.KindOfProfile(profileId) is not { } kind || points is null || points.Count == 0 || deviceId is null)
        {
            return;
        }

        try
        {
            // Register or interval values: which one is the meter's is known once the device is mapped to its meter.
            var key = MeterKinds.RegisterKeyOf(kind);
            var intervalKey = MeterKinds.ReadingKeyOf(kind, MeterReadingType.Interval);
            List<TelemetryPoint>? registers = null;
            foreach (var point in points)
            {
                if ((point.Key == key || point.Key == intervalKey) && point.Value.Kind == TelemetryValueKind.Number)
                {
                    (registers ??= []).Add(point);
                }
            }

            if (registers is null)
            {
                return;
            }

            if (!inbox.TryEnqueue(new DeviceRegisterReadings(deviceId, profileId, kind, timeProvider.GetUtcNow(), registers)))
            {
                inbox.NoteMissed(deviceId, registers.Min(p => p.Timestamp));
                metrics.Missed(registers.Count);
                var missed = Interlocked.Add(ref _missed, registers.Count);
                var before = missed - registers.Count;
                if (before == 0 || before / 1_000 != missed / 1_000)
                {
                    LogMissed(logger, missed); // the first time, then once per thousand
                }
            }
        }
        catch (Exception ex)
        {
            LogFailed(logger, deviceId, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Meter reading ingest is behind; {Missed} register readings set aside so far, to be back-filled from telemetry")]
    private static partial void LogMissed(ILogger logger, long missed);

    [LoggerMessage(Level = LogLevel.Error, Message = "Queueing the register readings of {DeviceId} failed")]
    private static partial void LogFailed(ILogger logger, string deviceId, Exception exception);
}
