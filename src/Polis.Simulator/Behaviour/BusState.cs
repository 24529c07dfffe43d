using Polis.Simulator.Model;

namespace Polis.Simulator.Behaviour;

/// <summary>
/// Where a bus is and what it does: <see cref="TripId"/> is null out of service or between trips;
/// <see cref="RouteId"/> is the route it serves or last served; <see cref="StartTime"/> (GTFS-Realtime's
/// start_time) tells the runs of a frequency-based trip apart.
/// </summary>
public readonly record struct BusState(GeoPosition Position, double SpeedKmh, double Bearing, string? TripId, int DelaySeconds, int? StopIndex,
    string? RouteId = null, string? StartTime = null);
