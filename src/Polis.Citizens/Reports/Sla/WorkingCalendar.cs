namespace Polis.Citizens.Reports.Sla;

/// <summary>
/// When a city department works: its working weekdays, its daily opening hours on the city's clock, and public
/// holidays (local dates) on which nobody works. Service-level clocks run only inside these hours, so "3 working days"
/// means three working days' worth of opening hours (24 hours for a 08:00–16:00 day), counted across weekends,
/// holidays and daylight-saving changes.
/// </summary>
public sealed class WorkingCalendar
{
    /// <summary>How far ahead a due date is searched: ten years of days, far beyond any service level.</summary>
    private const int MaxDaysSearched = 3660;

    private readonly HashSet<DayOfWeek> _workingDays;
    private readonly HashSet<DateOnly> _holidays;

    /// <exception cref="ArgumentException">No working weekday, or the day does not open before it closes.</exception>
    public WorkingCalendar(TimeZoneInfo zone, IEnumerable<DayOfWeek> workingDays, TimeOnly opens, TimeOnly closes, IEnumerable<DateOnly> holidays)
    {
        Zone = zone ?? throw new ArgumentNullException(nameof(zone));
        _workingDays = [.. workingDays ?? throw new ArgumentNullException(nameof(workingDays))];
        _holidays = [.. holidays ?? throw new ArgumentNullException(nameof(holidays))];
        if (_workingDays.Count == 0)
        {
            throw new ArgumentException("A working calendar needs at least one working weekday.", nameof(workingDays));
        }

        if (opens >= closes)
        {
            throw new ArgumentException($"A working day must open before it closes (opens {opens:HH:mm}, closes {closes:HH:mm}).", nameof(closes));
        }

        Opens = opens;
        Closes = closes;
    }

    public TimeZoneInfo Zone { get; }

    public TimeOnly Opens { get; }

    public TimeOnly Closes { get; }

    public IReadOnlySet<DayOfWeek> WorkingDays => _workingDays;

    public IReadOnlySet<DateOnly> Holidays => _holidays;

    /// <summary>The working time of one working day by the clock (a window spanning a clock change, at night, would hold an hour more or less).</summary>
    public TimeSpan WorkingDayLength => Closes - Opens;

    /// <summary><paramref name="days"/> working days as working time.</summary>
    public TimeSpan Days(double days) => WorkingDayLength * days;

    public bool IsWorkingDay(DateOnly date) => _workingDays.Contains(date.DayOfWeek) && !_holidays.Contains(date);

    /// <summary>
    /// The instant <paramref name="workingTime"/> of working time after <paramref name="start"/>, on the city's clock.
    /// Time outside opening hours does not count; an end exactly at closing time stays on that day.
    /// </summary>
    public DateTimeOffset Add(DateTimeOffset start, TimeSpan workingTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(workingTime, TimeSpan.Zero);
        var remaining = workingTime;
        var date = CityTime.DateOf(start, Zone);
        for (var k = 0; k < MaxDaysSearched; k++, date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            var (opening, closing) = Window(date);
            var from = start > opening ? start : opening;
            if (from >= closing)
            {
                continue;
            }

            var available = closing - from;
            if (remaining <= available)
            {
                return CityTime.ToCity(from + remaining, Zone);
            }

            remaining -= available;
        }

        throw new InvalidOperationException($"No end found for {workingTime} of working time within {MaxDaysSearched} days.");
    }

    /// <summary>The working time between two instants (zero when <paramref name="to"/> is not after <paramref name="from"/>).</summary>
    public TimeSpan Between(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        var last = CityTime.DateOf(to, Zone);
        for (var date = CityTime.DateOf(from, Zone); to > from && date <= last; date = date.AddDays(1))
        {
            if (!IsWorkingDay(date))
            {
                continue;
            }

            var (opening, closing) = Window(date);
            var start = from > opening ? from : opening;
            var end = to < closing ? to : closing;
            if (end > start)
            {
                total += end - start;
            }
        }

        return total;
    }

    /// <summary>The opening and closing instants of <paramref name="date"/>.</summary>
    private (DateTimeOffset Opening, DateTimeOffset Closing) Window(DateOnly date) =>
        (CityTime.ToInstant(date, Opens, Zone), CityTime.ToInstant(date, Closes, Zone));
}
