using System.Collections.Concurrent;

using Polis.Platform.Devices;

namespace Polis.Platform.Ingest;

/// <summary>
/// Receive times for readings sent without a timestamp, strictly increasing per device. Telemetry is
/// idempotent on (device, key, ts); two untimestamped messages of one device received in the same
/// millisecond would otherwise share a timestamp and the second, already acknowledged, would be dropped
/// as a duplicate.
/// </summary>
public sealed class ServerTimestamps : IDeviceChangeObserver
{
    private readonly ConcurrentDictionary<string, long> _last = new(StringComparer.Ordinal);

    /// <summary>The stamp for the device's next message: <paramref name="now"/>, or one millisecond after the previous stamp.</summary>
    public long Next(string deviceId, long now) =>
        _last.AddOrUpdate(deviceId, static (_, now) => now, static (_, last, now) => Math.Max(now, last + 1), now);

    public void OnDeviceChanged(string deviceId, bool deleted)
    {
        if (deleted)
        {
            _last.TryRemove(deviceId, out _);
        }
    }
}
