using Polis.Metering.Readings;

namespace Polis.Metering.Detection;

/// <summary>Sums a meter's interval values into local days (one pass; values sorted by start, as stores return them).</summary>
public static class DailyTotals
{
    /// <summary>The totals of the local days [<paramref name="from"/>, <paramref name="to"/>), one per day, in order.</summary>
    public static DailyTotal[] Of(ReadOnlySpan<IntervalValue> values, DateOnly from, DateOnly to, TimeZoneInfo zone)
    {
        var count = Math.Max(0, to.DayNumber - from.DayNumber);
        var days = new DailyTotal[count];
        if (count == 0)
        {
            return days;
        }

        var bounds = new DateTimeOffset[count + 1];
        for (var d = 0; d <= count; d++)
        {
            bounds[d] = LocalTime.Midnight(from.AddDays(d), zone);
        }

        var totals = new double[count];
        var covered = new long[count];
        var day = 0;
        foreach (var value in values)
        {
            if (value.Start < bounds[0])
            {
                continue;
            }

            while (day < count && value.Start >= bounds[day + 1])
            {
                day++;
            }

            if (day == count)
            {
                break;
            }

            if (value.IsBillable && value.End <= bounds[day + 1])
            {
                totals[day] += value.Quantity;
                covered[day] += value.Length.Ticks;
            }
        }

        for (var d = 0; d < count; d++)
        {
            days[d] = new DailyTotal(from.AddDays(d), totals[d], covered[d] == (bounds[d + 1] - bounds[d]).Ticks);
        }

        return days;
    }
}
