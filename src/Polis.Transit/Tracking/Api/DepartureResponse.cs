namespace Polis.Transit.Tracking.Api;

/// <summary>
/// One departure on a stop's board: route, trip run, scheduled times, and when a tracked vehicle serves the run its
/// predicted times, delay (s) and id (<see cref="Realtime"/> false: scheduled only).
/// </summary>
public sealed record DepartureResponse(
    string RouteId,
    string? RouteName,
    string TripId,
    string? Headsign,
    string StartDate,
    string StartTime,
    int StopSequence,
    DateTimeOffset ScheduledArrival,
    DateTimeOffset ScheduledDeparture,
    DateTimeOffset? PredictedArrival,
    DateTimeOffset? PredictedDeparture,
    int? DelaySeconds,
    int? UncertaintySeconds,
    string? VehicleId,
    bool Realtime);
