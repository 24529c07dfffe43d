namespace Polis.Transit.Gtfs;

/// <summary>A row of calendar.txt: the weekdays a service runs between two dates, inclusive.</summary>
public sealed record GtfsCalendar(string ServiceId, GtfsWeekdays Days, DateOnly StartDate, DateOnly EndDate)
{
    public bool RunsOn(DateOnly date) => date >= StartDate && date <= EndDate && Days.Includes(date.DayOfWeek);
}
