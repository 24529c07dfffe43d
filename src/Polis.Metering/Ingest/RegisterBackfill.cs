using Polis.Metering.Meters;
using Polis.Platform.Telemetry;

namespace Polis.Metering.Ingest;

/// <summary>
/// Copies a device's register readings from the platform's telemetry store into its meter's reads, page by page:
/// readings sent before a meter was registered for the device, or set aside while ingest was behind. Only what the
/// telemetry store still keeps raw can be copied (<c>Polis:Telemetry:RawRetention</c>, 30 days by default).
/// </summary>
public sealed class RegisterBackfill(ITelemetryStore telemetry, IRegisterReadStore reads, MeteringIngestMetrics metrics, TimeProvider timeProvider)
{
    /// <summary>Copies readings at instants from <paramref name="fromMs"/> (Unix ms) on; returns how many were newly stored.</summary>
    public async Task<int> RunAsync(DeviceMeter meter, long fromMs, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(meter);
        var key = meter.ReadingKey;
        var stored = 0;
        var from = fromMs;
        while (true)
        {
            var page = await telemetry.GetRawAsync(meter.DeviceId, key, from, long.MaxValue, pageSize, newestFirst: false, cancellationToken);
            if (page.Count == 0)
            {
                return stored;
            }

            var now = timeProvider.GetUtcNow();
            var writes = page.Where(p => p.Value.IsNumeric)
                .Select(p => new RegisterReadWrite(meter.MeterId, DateTimeOffset.FromUnixTimeMilliseconds(p.Timestamp), p.Value.Number, now, ReadSource.Backfill))
                .ToList();
            var outcomes = await reads.AppendAsync(writes, cancellationToken);
            metrics.Stored(ReadSource.Backfill, outcomes);
            stored += outcomes.Count(o => o == ReadOutcome.Accepted);
            if (page.Count < pageSize)
            {
                return stored;
            }

            from = page[^1].Timestamp + 1;
        }
    }
}
