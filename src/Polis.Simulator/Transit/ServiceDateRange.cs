using Polis.Transit.Gtfs;
using Polis.Transit.Timetable;

namespace Polis.Simulator.Transit;

/// <summary>The first and last dates on which a feed's trips run (inclusive).</summary>
public readonly record struct ServiceDateRange(DateOnly First, DateOnly Last)
{
    /// <summary>
    /// The dates with service for some trip, or null when no trip ever runs. Removals in calendar_dates.txt do not
    /// stretch the range (a feed often lists its holidays beyond its calendar's end), and a calendar row whose
    /// weekdays never fall in its dates counts for nothing.
    /// </summary>
    public static ServiceDateRange? Of(GtfsFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var calendar = new ServiceCalendar(feed.Calendars, feed.CalendarDates);
        if (calendar.FirstDate is not { } start || calendar.LastDate is not { } end)
        {
            return null;
        }

        var used = feed.Trips.Select(t => t.ServiceId).ToHashSet(StringComparer.Ordinal);
        bool Runs(DateOnly date) => calendar.ActiveServices(date).Overlaps(used);
        var first = start;
        while (first <= end && !Runs(first))
        {
            first = first.AddDays(1);
        }

        if (first > end)
        {
            return null;
        }

        var last = end;
        while (!Runs(last))
        {
            last = last.AddDays(-1);
        }

        return new ServiceDateRange(first, last);
    }

    /// <summary>This range moved by <paramref name="days"/>.</summary>
    public ServiceDateRange Shifted(int days) => new(First.AddDays(days), Last.AddDays(days));

    public bool Contains(DateOnly date) => date >= First && date <= Last;
}
