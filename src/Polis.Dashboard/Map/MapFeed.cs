using Polis.Contracts.Telemetry;
using Polis.Platform.Ingest;

namespace Polis.Dashboard.Map;

/// <summary>
/// Tells the open map circuits, in process, which devices just reported (so they are online) and where the ones
/// that report a position now are. Costs one volatile read per reading batch while no map is open.
/// Node-local like <see cref="Live.AlarmFeed"/>: devices connected to other cluster nodes arrive with the map's
/// periodic re-read.
/// </summary>
public sealed class MapFeed : IReadingObserver
{
    private readonly Lock _gate = new();
    private Action<string, IReadOnlyList<TelemetryPoint>>[] _listeners = [];

    /// <summary>Adds a listener; dispose the result to remove it. Listeners run on the ingest path: queue, return at once, never throw.</summary>
    public IDisposable Subscribe(Action<string, IReadOnlyList<TelemetryPoint>> listener)
    {
        lock (_gate)
        {
            _listeners = [.. _listeners, listener];
        }

        return new Subscription(this, listener);
    }

    public void OnReadings(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points)
    {
        foreach (var listener in Volatile.Read(ref _listeners))
        {
            listener(deviceId, points);
        }
    }

    private void Unsubscribe(Action<string, IReadOnlyList<TelemetryPoint>> listener)
    {
        lock (_gate)
        {
            _listeners = [.. _listeners.Where(l => l != listener)];
        }
    }

    private sealed class Subscription(MapFeed feed, Action<string, IReadOnlyList<TelemetryPoint>> listener) : IDisposable
    {
        public void Dispose() => feed.Unsubscribe(listener);
    }
}
