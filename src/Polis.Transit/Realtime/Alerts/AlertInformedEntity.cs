namespace Polis.Transit.Realtime.Alerts;

/// <summary>
/// Who the alert concerns (GTFS-Realtime EntitySelector): every field given must match. A trip is its trip_id,
/// optionally one run of it (start_date YYYYMMDD and, for frequency-based trips, start_time).
/// </summary>
public sealed record AlertInformedEntity(
    string? AgencyId = null,
    string? RouteId = null,
    int? RouteType = null,
    int? DirectionId = null,
    string? TripId = null,
    string? TripStartDate = null,
    string? TripStartTime = null,
    string? StopId = null)
{
    /// <summary>False when the selector names nothing (E033).</summary>
    public bool HasSpecifier => AgencyId is not null || RouteId is not null || RouteType is not null || TripId is not null || StopId is not null;
}
