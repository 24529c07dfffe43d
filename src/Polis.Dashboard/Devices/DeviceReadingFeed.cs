using System.Collections.Concurrent;
using Polis.Contracts.Telemetry;
using Polis.Platform.Ingest;

namespace Polis.Dashboard.Devices;

/// <summary>
/// Tells open device pages, in process, that their device has new durable readings. Keyed by device id, so a
/// reading of a device nobody is looking at costs one dictionary miss on the ingest path; listeners only flag a
/// refresh (the page coalesces and re-reads), they never get work done on the ingest thread.
/// Node-local, like <see cref="Live.AlarmFeed"/>: readings ingested on another cluster node arrive with the periodic re-read.
/// </summary>
public sealed class DeviceReadingFeed : IReadingObserver
{
    private readonly ConcurrentDictionary<string, Action[]> _listeners = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Adds a listener for one device; dispose the result to remove it. Listeners must return at once and not throw.</summary>
    public IDisposable Subscribe(string deviceId, Action listener)
    {
        lock (_gate)
        {
            _listeners[deviceId] = _listeners.TryGetValue(deviceId, out var existing) ? [.. existing, listener] : [listener];
        }

        return new Subscription(this, deviceId, listener);
    }

    public void OnReadings(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points)
    {
        if (_listeners.TryGetValue(deviceId, out var listeners))
        {
            foreach (var listener in listeners)
            {
                listener();
            }
        }
    }

    private void Unsubscribe(string deviceId, Action listener)
    {
        lock (_gate)
        {
            if (!_listeners.TryGetValue(deviceId, out var existing))
            {
                return;
            }

            Action[] remaining = [.. existing.Where(l => l != listener)];
            if (remaining.Length == 0)
            {
                _listeners.TryRemove(deviceId, out _);
            }
            else
            {
                _listeners[deviceId] = remaining;
            }
        }
    }

    private sealed class Subscription(DeviceReadingFeed feed, string deviceId, Action listener) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(deviceId, listener);
    }
}
