namespace Polis.Metering.Validation;

/// <summary>
/// The like-day profile of a run of intervals: for each, the mean of the Valid or Edited values at the same local
/// clock slot on up to <see cref="VeeOptions.LikeDays"/> previous days of the same weekday (holidays as Sundays). On a
/// 25-hour day both repeats of the autumn hour take the one profile value; a like day of 25 hours gives the mean of
/// its two; a like day of 23 hours gives nothing for the hour it skipped.
/// </summary>
internal static class LikeDayProfile
{
    /// <summary>Fills <paramref name="into"/> for [<paramref name="start"/>, <paramref name="end"/>); false when no like day had any value.</summary>
    public static bool TryBuild(VeeWorkspace workspace, VeeOptions options, int start, int end, Span<double> into, out int likeDays)
    {
        var calendar = workspace.Calendar;
        Span<int> days = stackalloc int[Math.Min(options.LikeDays, 64)];
        var found = 0;
        var total = 0.0;
        var currentDay = -1;
        var dayCount = 0;
        likeDays = 0;
        for (var i = start; i < end; i++)
        {
            var day = calendar.DayOf(i);
            if (day != currentDay)
            {
                currentDay = day;
                dayCount = LikeDaysOf(calendar, options, day, days);
                likeDays = Math.Max(likeDays, dayCount);
            }

            var slot = calendar.SlotOf(day, i);
            var sum = 0.0;
            var samples = 0;
            foreach (var like in days[..dayCount])
            {
                if (ValueAt(workspace, like, slot) is { } value)
                {
                    sum += value;
                    samples++;
                }
            }

            into[i - start] = samples > 0 ? sum / samples : double.NaN;
            found += samples > 0 ? 1 : 0;
            total += samples > 0 ? sum / samples : 0;
        }

        if (found == 0)
        {
            return false;
        }

        // Slots no like day had (a clock time some of them skipped, or values they miss) take the run's mean.
        var mean = total / found;
        foreach (ref var value in into[..(end - start)])
        {
            value = double.IsNaN(value) ? mean : value;
        }

        return true;
    }

    private static int LikeDaysOf(LocalCalendar calendar, VeeOptions options, int day, Span<int> days)
    {
        var count = 0;
        var weekday = calendar.LikeDay(day);
        for (var d = day - 1; d >= Math.Max(0, day - options.LikeDayLookbackDays) && count < days.Length; d--)
        {
            if (calendar.LikeDay(d) == weekday)
            {
                days[count++] = d;
            }
        }

        return count;
    }

    private static double? ValueAt(VeeWorkspace workspace, int day, int slot)
    {
        var index = workspace.Calendar.IndexAt(day, slot, workspace.Count, out var second);
        var first = index >= 0 && workspace.IsLearnable(index);
        var repeat = second >= 0 && workspace.IsLearnable(second);
        return (first, repeat) switch
        {
            (true, true) => (workspace.Quantity[index] + workspace.Quantity[second]) / 2,
            (true, false) => workspace.Quantity[index],
            (false, true) => workspace.Quantity[second],
            _ => null,
        };
    }
}
