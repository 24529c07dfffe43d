using System.Collections.Concurrent;
using Polis.Transit.Live;

namespace Polis.Transit.Tracking;

/// <summary>
/// The published vehicle states (<see cref="ITransitLiveState"/>): one writer (the tracker), many readers (feeds,
/// API, pages). States are immutable; the list is a snapshot rebuilt at most once per change, so a feed polled by
/// many clients costs one array per change, not one per request.
/// </summary>
public sealed class LiveVehicleRegistry : ITransitLiveState
{
    private readonly ConcurrentDictionary<string, LiveVehicle> _vehicles = new(StringComparer.Ordinal);
    private long _version;
    private Snapshot? _snapshot;

    public IReadOnlyList<VehicleState> Vehicles
    {
        get
        {
            // The version is read before the dictionary: a change racing the rebuild leaves a snapshot marked stale.
            var version = Interlocked.Read(ref _version);
            if (Volatile.Read(ref _snapshot) is { } current && current.Version == version)
            {
                return current.States;
            }

            VehicleState[] states = [.. _vehicles.Values.Select(v => v.State).OrderBy(s => s.VehicleId, StringComparer.Ordinal)];
            Volatile.Write(ref _snapshot, new Snapshot(version, states));
            return states;
        }
    }

    public int Count => _vehicles.Count;

    public VehicleState? Find(string vehicleId) => _vehicles.TryGetValue(vehicleId, out var vehicle) ? vehicle.State : null;

    public LiveVehicle? FindVehicle(string vehicleId) => _vehicles.TryGetValue(vehicleId, out var vehicle) ? vehicle : null;

    public IReadOnlyList<LiveVehicle> All() => [.. _vehicles.Values.OrderBy(v => v.State.VehicleId, StringComparer.Ordinal)];

    public void Publish(VehicleState state, VehicleReportCounts counts)
    {
        ArgumentNullException.ThrowIfNull(state);
        _vehicles[state.VehicleId] = new LiveVehicle(state, counts);
        Interlocked.Increment(ref _version);
    }

    /// <summary>Updates the counts of a vehicle already published (a rejected report changes nothing else).</summary>
    public void UpdateCounts(string vehicleId, VehicleReportCounts counts)
    {
        if (_vehicles.TryGetValue(vehicleId, out var vehicle))
        {
            _vehicles[vehicleId] = vehicle with { Counts = counts };
        }
    }

    public void Remove(IEnumerable<string> vehicleIds)
    {
        ArgumentNullException.ThrowIfNull(vehicleIds);
        foreach (var id in vehicleIds)
        {
            _vehicles.TryRemove(id, out _);
        }

        Interlocked.Increment(ref _version);
    }

    private sealed record Snapshot(long Version, VehicleState[] States);
}
