using Polis.Simulator.Model;

namespace Polis.Simulator.Behaviour;

/// <summary>Where a bus is and what it does: <see cref="TripId"/> is null out of service or between trips.</summary>
public readonly record struct BusState(GeoPosition Position, double SpeedKmh, double Bearing, string? TripId, int DelaySeconds, int? StopIndex);
