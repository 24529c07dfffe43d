namespace Polis.Simulator.Transit;

/// <summary>Where a run is at a moment of its schedule; <see cref="StopIndex"/> is set while it stands at a stop.</summary>
public readonly record struct TripPoint(double Latitude, double Longitude, double MetresAlong, double SpeedMetresPerSecond, double Bearing, int? StopIndex);
