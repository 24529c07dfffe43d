namespace Polis.Transit.Tracking;

/// <summary>
/// One position report of a vehicle as read from its device's readings: speed in m/s (the bus profile sends km/h),
/// bearing in degrees from north, the trip and route the vehicle says it serves, and its passenger count.
/// </summary>
public sealed record VehicleReport(
    string VehicleId,
    DateTimeOffset Timestamp,
    double Latitude,
    double Longitude,
    double? SpeedMetresPerSecond = null,
    double? Bearing = null,
    string? TripId = null,
    string? RouteId = null,
    int? Occupancy = null);
