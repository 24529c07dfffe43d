namespace Polis.Transit.Tracking;

/// <summary>A running-time history cell: a route's segment between two consecutive stops, by day type and hour of departure.</summary>
public readonly record struct SegmentKey(string RouteId, string FromStopId, string ToStopId, DayType DayType, int Hour);
