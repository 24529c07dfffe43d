using Polis.Platform.Devices;

namespace Polis.Dashboard.Map;

/// <summary>
/// The page's copy of what the browser has drawn, so only real changes cross the circuit. Marker indexes are
/// positions in the last full snapshot sent. Not thread-safe: used from the circuit only.
/// </summary>
public sealed class MapMarkerSet
{
    private Dictionary<string, int> _index = new(StringComparer.Ordinal);
    private MapMarker[] _markers = [];
    private bool[] _online = [];
    private bool[] _alarmed = [];
    private string[] _profiles = [];

    public int Count => _markers.Length;

    /// <summary>Replaces everything with <paramref name="snapshot"/> (what a full payload just drew).</summary>
    public void Load(MapSnapshot snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        _markers = [.. snapshot.Markers];
        _profiles = [.. snapshot.Profiles];
        _index = new Dictionary<string, int>(_markers.Length, StringComparer.Ordinal);
        _online = new bool[_markers.Length];
        _alarmed = new bool[_markers.Length];
        for (var i = 0; i < _markers.Length; i++)
        {
            _index[_markers[i].Id] = i;
            _online[i] = _markers[i].State == MapMarkerState.Online;
            _alarmed[i] = _markers[i].State == MapMarkerState.Alarm;
        }
    }

    /// <summary>
    /// Devices that reported are online and move when they reported a position; <paramref name="openAlarms"/>
    /// holds re-read alarm states. Devices not on the map (no position yet, or created since) are skipped.
    /// </summary>
    public MapChangesPayload Apply(IReadOnlyDictionary<string, GeoPoint?> reported, IReadOnlyDictionary<string, bool> openAlarms)
    {
        ArgumentNullException.ThrowIfNull(reported);
        ArgumentNullException.ThrowIfNull(openAlarms);
        var changes = new ChangeBuilder();
        foreach (var (id, position) in reported)
        {
            if (_index.TryGetValue(id, out var i))
            {
                _online[i] = true;
                if (position is { } at)
                {
                    Move(i, at.Longitude, at.Latitude, changes);
                }
            }
        }

        foreach (var (id, open) in openAlarms)
        {
            if (_index.TryGetValue(id, out var i))
            {
                _alarmed[i] = open;
            }
        }

        foreach (var id in reported.Keys.Concat(openAlarms.Keys).Distinct(StringComparer.Ordinal))
        {
            if (_index.TryGetValue(id, out var i))
            {
                SetState(i, MapSnapshotReader.StateOf(_online[i], _alarmed[i]), changes);
            }
        }

        return changes.Build();
    }

    /// <summary>
    /// The changes that turn the drawn markers into <paramref name="fresh"/> (devices gone offline, positions and
    /// alarms from other nodes), or null when the set of devices itself changed and the map must be redrawn.
    /// </summary>
    public MapChangesPayload? Reconcile(MapSnapshot fresh)
    {
        ArgumentNullException.ThrowIfNull(fresh);
        if (fresh.Markers.Count != _markers.Length)
        {
            return null;
        }

        var changes = new ChangeBuilder();
        for (var i = 0; i < _markers.Length; i++)
        {
            var marker = fresh.Markers[i];
            if (marker.Id != _markers[i].Id || fresh.Profiles[marker.Profile] != _profiles[_markers[i].Profile])
            {
                return null;
            }

            Move(i, marker.Longitude, marker.Latitude, changes);
            _online[i] = marker.State == MapMarkerState.Online;
            _alarmed[i] = marker.State == MapMarkerState.Alarm;
            SetState(i, marker.State, changes);
        }

        return changes.Build();
    }

    private void Move(int i, double longitude, double latitude, ChangeBuilder changes)
    {
        var marker = _markers[i];
        if (Math.Abs(marker.Longitude - longitude) > 1e-7 || Math.Abs(marker.Latitude - latitude) > 1e-7)
        {
            _markers[i] = marker with { Longitude = longitude, Latitude = latitude };
            changes.Moves.Add((i, Math.Round(longitude, 6), Math.Round(latitude, 6)));
        }
    }

    private void SetState(int i, MapMarkerState state, ChangeBuilder changes)
    {
        if (_markers[i].State != state)
        {
            _markers[i] = _markers[i] with { State = state };
            changes.States.Add((i, (int)state));
        }
    }

    private sealed class ChangeBuilder
    {
        public List<(int Index, double Lon, double Lat)> Moves { get; } = [];

        public List<(int Index, int State)> States { get; } = [];

        public MapChangesPayload Build() => new(
            [.. Moves.Select(m => m.Index)], [.. Moves.Select(m => m.Lon)], [.. Moves.Select(m => m.Lat)],
            [.. States.Select(s => s.Index)], [.. States.Select(s => s.State)]);
    }
}
