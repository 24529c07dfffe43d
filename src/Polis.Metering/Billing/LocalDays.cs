namespace Polis.Metering.Billing;

/// <summary>Where local days start as instants, and how much of a calendar month a span of days is.</summary>
internal static class LocalDays
{
    /// <summary>
    /// The first instant of local date <paramref name="date"/>. A day that starts in a DST gap starts at its first
    /// valid local time; one whose midnight happens twice starts at the first of them.
    /// </summary>
    public static DateTimeOffset StartUtc(DateOnly date, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>
    /// The share of a month that the local days [<paramref name="from"/>, <paramref name="to"/>) make: the sum over the
    /// calendar months they touch of days in that month / the month's days. A whole month is exactly 1.
    /// </summary>
    public static decimal MonthShare(DateOnly from, DateOnly to)
    {
        var share = 0m;
        var day = from;
        while (day < to)
        {
            var monthStart = new DateOnly(day.Year, day.Month, 1);
            var nextMonth = monthStart.AddMonths(1);
            var end = nextMonth < to ? nextMonth : to;
            var days = end.DayNumber - day.DayNumber;
            var inMonth = nextMonth.DayNumber - monthStart.DayNumber;
            share += days == inMonth ? 1m : (decimal)days / inMonth;
            day = end;
        }

        return share;
    }
}
