using Polis.Contracts.Telemetry;
using Polis.Dashboard.Live;
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
    private readonly Listeners<Action<string, IReadOnlyList<TelemetryPoint>>> _listeners = new();

    /// <summary>Adds a listener; dispose the result to remove it. Listeners run on the ingest path: queue, return at once, never throw.</summary>
    public IDisposable Subscribe(Action<string, IReadOnlyList<TelemetryPoint>> listener) => _listeners.Add(listener);

    public void OnReadings(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points)
    {
        foreach (var listener in _listeners.Current)
        {
            listener(deviceId, points);
        }
    }
}
