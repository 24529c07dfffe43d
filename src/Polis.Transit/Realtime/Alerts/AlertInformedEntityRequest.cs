namespace Polis.Transit.Realtime.Alerts;

/// <summary>Who an alert concerns, as written in a request (GTFS-Realtime EntitySelector).</summary>
public sealed record AlertInformedEntityRequest(string? AgencyId, string? RouteId, int? RouteType, int? DirectionId, AlertTripRequest? Trip, string? StopId);
