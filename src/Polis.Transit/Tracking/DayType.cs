namespace Polis.Transit.Tracking;

/// <summary>The day types running times differ by: traffic and timetables follow them.</summary>
public enum DayType
{
    Weekday = 0,
    Saturday = 1,
    SundayHoliday = 2,
}
