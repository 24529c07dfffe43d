using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>Which running-time cell an observation belongs to (direction -1: the feed gives none).</summary>
internal readonly record struct RunningTimeCellKey(string RouteId, int Direction, RunningTimeKind Kind, string FromStopId, string ToStopId, DayType DayType, int Band);
