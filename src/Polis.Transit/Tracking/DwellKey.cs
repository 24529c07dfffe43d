namespace Polis.Transit.Tracking;

/// <summary>A dwell history cell: a route's stop, by day type and hour of arrival.</summary>
public readonly record struct DwellKey(string RouteId, string StopId, DayType DayType, int Hour);
