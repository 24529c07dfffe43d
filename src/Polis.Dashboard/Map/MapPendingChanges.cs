using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;

namespace Polis.Dashboard.Map;

/// <summary>
/// What happened since the map's last flush, collected from the ingest and alarm paths (any thread): which
/// devices reported, each one's newest position, and which devices' alarms changed. Coalesced per device, so a
/// bus reporting five times between two flushes costs one move.
/// </summary>
public sealed class MapPendingChanges
{
    private readonly Lock _gate = new();
    private Dictionary<string, GeoPoint?> _reported = new(StringComparer.Ordinal);
    private HashSet<string> _alarmChanged = new(StringComparer.Ordinal);

    public void OnReadings(string deviceId, IReadOnlyList<TelemetryPoint> points)
    {
        lock (_gate)
        {
            var previous = _reported.GetValueOrDefault(deviceId);
            _reported[deviceId] = MapSnapshotReader.PositionOf(points, previous) ?? previous;
        }
    }

    public void OnAlarmChanged(string deviceId)
    {
        lock (_gate)
        {
            _alarmChanged.Add(deviceId);
        }
    }

    /// <summary>Everything collected so far, leaving the buffer empty.</summary>
    public (IReadOnlyDictionary<string, GeoPoint?> Reported, IReadOnlyCollection<string> AlarmChanged) Take()
    {
        lock (_gate)
        {
            var taken = (_reported, _alarmChanged);
            _reported = new(StringComparer.Ordinal);
            _alarmChanged = new(StringComparer.Ordinal);
            return taken;
        }
    }
}
