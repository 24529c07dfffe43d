using Polis.Transit.Timetable;

namespace Polis.Transit.Planning;

/// <summary>A stop event placed in the active timetable: its trip, the stop's index in it, and whether its run is headway-based.</summary>
public readonly record struct PlannedCall(ScheduledTrip Trip, int StopIndex, bool HeadwayBased)
{
    public bool IsFirstStop => StopIndex == 0;

    public bool IsLastStop => StopIndex == Trip.Stops.Count - 1;

    public ScheduledStop Stop => Trip.Stops[StopIndex];
}
