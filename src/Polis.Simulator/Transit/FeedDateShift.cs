namespace Polis.Simulator.Transit;

/// <summary>
/// How far to move a feed's calendar so that it runs now. Whole weeks keep every weekday pattern and every
/// holiday exception on its weekday. The answer depends on the week, not on the instant: a restart in the same
/// week rebases the same way, so it uploads the same bytes and the platform sees the feed already active.
/// </summary>
public static class FeedDateShift
{
    /// <summary>How much service a rebased feed keeps ahead of this week's Monday, when its calendar is long enough.</summary>
    public const int DaysAhead = 28;

    /// <summary>
    /// The weeks to add to every date of a feed serving <paramref name="range"/> so that it covers
    /// <paramref name="from"/> (where the simulated clock starts) to <paramref name="today"/>: none when it does
    /// already; otherwise the range ends <see cref="DaysAhead"/> days after this week's Monday (the latest timetable
    /// of a feed with several is the one that runs), moved back if its start would then miss <paramref name="from"/>.
    /// A calendar shorter than the window cannot cover it: it then ends on or after today.
    /// </summary>
    public static int Weeks(ServiceDateRange range, DateOnly from, DateOnly today)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, today);
        if (range.Contains(from) && range.Contains(today))
        {
            return 0;
        }

        var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7));
        var preferred = CeilingWeeks(monday.AddDays(DaysAhead).DayNumber - range.Last.DayNumber);
        var latestStart = FloorWeeks(from.DayNumber - range.First.DayNumber);
        var earliestEnd = CeilingWeeks(today.DayNumber - range.Last.DayNumber);
        return Math.Max(Math.Min(preferred, latestStart), earliestEnd);
    }

    private static int FloorWeeks(int days) => (int)Math.Floor(days / 7.0);

    private static int CeilingWeeks(int days) => (int)Math.Ceiling(days / 7.0);
}
