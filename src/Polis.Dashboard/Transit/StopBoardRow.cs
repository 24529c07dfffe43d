namespace Polis.Dashboard.Transit;

/// <summary>
/// One departure on a stop's board: the route (name, colours), headsign, scheduled departure, and when a tracked
/// vehicle serves the run its predicted departure, delay (s) and id; <see cref="Live"/> false: scheduled only.
/// </summary>
public sealed record StopBoardRow(
    string RunKey,
    string RouteId,
    string RouteName,
    string RouteColour,
    string RouteTextColour,
    string TripId,
    string? Headsign,
    DateTimeOffset Scheduled,
    DateTimeOffset? Predicted,
    int? DelaySeconds,
    string? VehicleId)
{
    public bool Live => Predicted is not null;
}
