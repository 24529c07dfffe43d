namespace Polis.Transit.Tracking.Api;

/// <summary>The trip run a vehicle serves, as GTFS-Realtime names it (trip_id, start_date, start_time) plus its key.</summary>
public sealed record VehicleTripResponse(
    string TripId, string RouteId, string? RouteName, int? DirectionId, string? Headsign, string StartDate, string StartTime, string RunKey);
