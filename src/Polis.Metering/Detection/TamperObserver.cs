using Microsoft.Extensions.Logging;
using Polis.Contracts.Telemetry;
using Polis.Metering.Meters;
using Polis.Platform.Ingest;

namespace Polis.Metering.Detection;

/// <summary>
/// The ingest hook for tamper flags: a meter-profile device's <c>tamper</c>, <c>tamperCover</c> or <c>tamperMagnetic</c>
/// (boolean, or a number where non-zero means raised) is queued for <see cref="DetectionService"/>, which opens a
/// finding and raises its alarm at once; a message with the flags all false resolves it. Returns at once, never throws.
/// </summary>
public sealed partial class TamperObserver(TamperInbox inbox, ILogger<TamperObserver> logger) : IReadingObserver
{
    public void OnReadings(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points)
    {
        if (MeterKinds.KindOfProfile(profileId) is null || points is null || deviceId is null)
        {
            return;
        }

        try
        {
            Dictionary<string, bool>? flags = null;
            long at = 0;
            foreach (var point in points)
            {
                if (point.Value.IsNumeric && TamperReport.Keys.Contains(point.Key, StringComparer.Ordinal))
                {
                    (flags ??= new(StringComparer.Ordinal))[point.Key] = point.Value.Number != 0;
                    at = Math.Max(at, point.Timestamp);
                }
            }

            if (flags is not null && !inbox.TryEnqueue(new TamperReport(deviceId, flags, DateTimeOffset.FromUnixTimeMilliseconds(at))))
            {
                LogDropped(logger, deviceId);
            }
        }
        catch (Exception ex)
        {
            LogFailed(logger, deviceId, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tamper queue full; a report of {DeviceId} was dropped (its telemetry keeps it)")]
    private static partial void LogDropped(ILogger logger, string deviceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reading the tamper flags of {DeviceId} failed")]
    private static partial void LogFailed(ILogger logger, string deviceId, Exception exception);
}
