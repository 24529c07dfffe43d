using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Polis.Metering.Readings;

namespace Polis.Metering.Validation;

/// <summary>
/// The city's local days over a UTC grid, so checks and estimates can match like days by local clock time. A day
/// runs from local midnight to local midnight: 24 hours, or 23 and 25 on daylight-saving days, where the clock slot
/// of an interval (its local time of day in steps) skips an hour or repeats one. Holidays count as Sundays.
/// </summary>
internal sealed class LocalCalendar
{
    private static readonly ConditionalWeakTable<TimeZoneInfo, ConcurrentDictionary<int, long>> Midnights = [];
    private readonly int[] _dayStart;
    private readonly DayOfWeek[] _likeDay;
    private readonly DayType[] _dayType;
    private readonly int[]?[] _irregularSlots;

    public LocalCalendar(IntervalGrid grid, TimeZoneInfo zone, IReadOnlySet<DateOnly> holidays)
    {
        var step = grid.Step.Ticks;
        FirstDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(grid.Start.UtcDateTime, zone));
        var last = grid.Count == 0 ? FirstDate : DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(grid.End.UtcDateTime.AddTicks(-1), zone));
        DayCount = last.DayNumber - FirstDate.DayNumber + 1;
        SlotsPerDay = (int)(TimeSpan.TicksPerDay / step);
        _dayStart = new int[DayCount + 1];
        _likeDay = new DayOfWeek[DayCount];
        _dayType = new DayType[DayCount];
        _irregularSlots = new int[]?[DayCount];
        var midnight = LocalMidnightUtc(FirstDate, zone);
        for (var k = 0; k <= DayCount; k++)
        {
            _dayStart[k] = (int)Math.Ceiling((double)(midnight - grid.Start.UtcTicks) / step);
            if (k == DayCount)
            {
                break;
            }

            var date = FirstDate.AddDays(k);
            var holiday = holidays.Contains(date);
            _likeDay[k] = holiday ? DayOfWeek.Sunday : date.DayOfWeek;
            _dayType[k] = holiday || date.DayOfWeek == DayOfWeek.Sunday ? DayType.SundayOrHoliday
                : date.DayOfWeek == DayOfWeek.Saturday ? DayType.Saturday : DayType.Weekday;
            var next = LocalMidnightUtc(date.AddDays(1), zone);
            if (next - midnight != TimeSpan.TicksPerDay)
            {
                _irregularSlots[k] = ClockSlots(grid, zone, midnight, next);
            }

            midnight = next;
        }
    }

    public DateOnly FirstDate { get; }

    public int DayCount { get; }

    public int SlotsPerDay { get; }

    /// <summary>The grid index of day <paramref name="day"/>'s first interval (negative or past the grid at its edges).</summary>
    public int DayStart(int day) => _dayStart[day];

    public int DayEnd(int day) => _dayStart[day + 1];

    public DayOfWeek LikeDay(int day) => _likeDay[day];

    public DayType TypeOf(int day) => _dayType[day];

    /// <summary>The first day of the ISO week (Monday) holding <paramref name="day"/>; may be before the first day.</summary>
    public int WeekStart(int day) => day - (((int)FirstDate.AddDays(day).DayOfWeek + 6) % 7);

    public int DayOf(int index)
    {
        var found = Array.BinarySearch(_dayStart, index);
        var day = found >= 0 ? found : ~found - 1;
        while (day + 1 < _dayStart.Length && _dayStart[day + 1] == index)
        {
            day++;
        }

        return day;
    }

    /// <summary>The local clock slot (time of day in steps) of grid interval <paramref name="index"/> on <paramref name="day"/>.</summary>
    public int SlotOf(int day, int index) =>
        _irregularSlots[day] is { } slots ? slots[index - _dayStart[day]] : index - _dayStart[day];

    /// <summary>
    /// The grid index at clock slot <paramref name="slot"/> of <paramref name="day"/>, or -1 when that clock time does not
    /// exist that day (spring forward) or lies outside the grid; <paramref name="second"/> is the repeat of an autumn hour.
    /// </summary>
    public int IndexAt(int day, int slot, int count, out int second)
    {
        second = -1;
        if (_irregularSlots[day] is not { } slots)
        {
            var index = _dayStart[day] + slot;
            return index >= 0 && index < count && index < _dayStart[day + 1] ? index : -1;
        }

        var first = -1;
        for (var k = 0; k < slots.Length; k++)
        {
            var index = _dayStart[day] + k;
            if (slots[k] != slot || index < 0 || index >= count)
            {
                continue;
            }

            if (first < 0)
            {
                first = index;
            }
            else
            {
                second = index;
            }
        }

        return first;
    }

    private static int[] ClockSlots(IntervalGrid grid, TimeZoneInfo zone, long midnight, long next)
    {
        var step = grid.Step.Ticks;
        var start = (long)Math.Ceiling((double)(midnight - grid.Start.UtcTicks) / step);
        var end = (long)Math.Ceiling((double)(next - grid.Start.UtcTicks) / step);
        var slots = new int[end - start];
        for (var k = 0; k < slots.Length; k++)
        {
            var utc = new DateTime(grid.Start.UtcTicks + ((start + k) * step), DateTimeKind.Utc);
            slots[k] = (int)(TimeZoneInfo.ConvertTimeFromUtc(utc, zone).TimeOfDay.Ticks / step);
        }

        return slots;
    }

    /// <summary>The UTC instant of local midnight; where midnight is skipped, the first local instant of the day.</summary>
    /// <remarks>Memoised per zone and date: time zone conversions cost more than the rest of a day's validation.</remarks>
    private static long LocalMidnightUtc(DateOnly date, TimeZoneInfo zone) =>
        Midnights.GetValue(zone, static _ => new ConcurrentDictionary<int, long>()).GetOrAdd(date.DayNumber, Compute, zone);

    private static long Compute(int dayNumber, TimeZoneInfo zone)
    {
        var local = DateOnly.FromDayNumber(dayNumber).ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(1);
        }

        if (zone.IsAmbiguousTime(local))
        {
            var offsets = zone.GetAmbiguousTimeOffsets(local);
            return (local - offsets.Max()).Ticks;
        }

        return TimeZoneInfo.ConvertTimeToUtc(local, zone).Ticks;
    }
}
