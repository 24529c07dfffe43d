namespace Polis.Transit.Tracking;

/// <summary>Which <see cref="DayType"/> a service date is: Sundays and the configured public holidays count as Sundays.</summary>
public static class DayTypes
{
    public static DayType Of(DateOnly date, ICollection<DateOnly>? holidays = null)
    {
        if (date.DayOfWeek == DayOfWeek.Sunday || (holidays is not null && holidays.Contains(date)))
        {
            return DayType.SundayHoliday;
        }

        return date.DayOfWeek == DayOfWeek.Saturday ? DayType.Saturday : DayType.Weekday;
    }
}
