namespace Polis.Transit.Live;

/// <summary>A vehicle's reported position after filtering: bearing in degrees from north, speed in m/s.</summary>
public readonly record struct VehiclePosition(double Latitude, double Longitude, double? Bearing, double? SpeedMetresPerSecond, DateTimeOffset Timestamp);
