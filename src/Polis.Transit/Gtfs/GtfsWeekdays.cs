namespace Polis.Transit.Gtfs;

/// <summary>The monday…sunday columns of calendar.txt as flags.</summary>
[Flags]
public enum GtfsWeekdays
{
    None = 0,
    Monday = 1,
    Tuesday = 2,
    Wednesday = 4,
    Thursday = 8,
    Friday = 16,
    Saturday = 32,
    Sunday = 64,
}
