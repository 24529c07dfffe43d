namespace Polis.Transit.Gtfs;

public static class GtfsWeekdaysExtensions
{
    public static GtfsWeekdays ToGtfsWeekday(this DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => GtfsWeekdays.Monday,
        DayOfWeek.Tuesday => GtfsWeekdays.Tuesday,
        DayOfWeek.Wednesday => GtfsWeekdays.Wednesday,
        DayOfWeek.Thursday => GtfsWeekdays.Thursday,
        DayOfWeek.Friday => GtfsWeekdays.Friday,
        DayOfWeek.Saturday => GtfsWeekdays.Saturday,
        _ => GtfsWeekdays.Sunday,
    };

    public static bool Includes(this GtfsWeekdays days, DayOfWeek day) => (days & day.ToGtfsWeekday()) != 0;
}
