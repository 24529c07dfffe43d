using Polis.Metering.Readings;
using Polis.Metering.Validation;

namespace Polis.Metering.Tests.Validation;

public sealed class LocalCalendarTests
{
    // Copenhagen: 2026-03-29 02:00 CET → 03:00 CEST (01:00Z); 2026-10-25 03:00 CEST → 02:00 CET (01:00Z).
    private static readonly DateTimeOffset SpringStartUtc = new(2026, 3, 28, 23, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset AutumnStartUtc = new(2026, 10, 24, 22, 0, 0, TimeSpan.Zero);

    private static LocalCalendar Calendar(DateTimeOffset start, TimeSpan step, int hours, params DateOnly[] holidays) =>
        new(new IntervalGrid(start, step, (int)(TimeSpan.FromHours(hours) / step)), RealHeatMeter.Copenhagen, new HashSet<DateOnly>(holidays));

    [Theory]
    [InlineData(60, 23, 25)]
    [InlineData(15, 92, 100)]
    public void Days_DaylightSavingDays_Hold23And25HoursOfIntervals(int minutes, int spring, int autumn)
    {
        var step = TimeSpan.FromMinutes(minutes);
        var march = Calendar(SpringStartUtc.AddDays(-1), step, 72);
        var october = Calendar(AutumnStartUtc.AddDays(-1), step, 72);

        Assert.Equal(new DateOnly(2026, 3, 28), march.FirstDate);
        Assert.Equal(24 * 60 / minutes, march.DayEnd(0) - march.DayStart(0));
        Assert.Equal(spring, march.DayEnd(1) - march.DayStart(1));
        Assert.Equal(autumn, october.DayEnd(1) - october.DayStart(1));
    }

    [Fact]
    public void SlotOf_SpringForward_SkipsTheLocalHourTwo()
    {
        var calendar = Calendar(SpringStartUtc, TimeSpan.FromHours(1), 23);

        var slots = Enumerable.Range(0, 23).Select(i => calendar.SlotOf(0, i)).ToArray();

        Assert.Equal([0, 1, .. Enumerable.Range(3, 21)], slots);
        Assert.Equal(-1, calendar.IndexAt(0, 2, 23, out var second));
        Assert.Equal(-1, second);
        Assert.Equal(2, calendar.IndexAt(0, 3, 23, out _));
    }

    [Fact]
    public void IndexAt_FallBack_FindsBothRepeatsOfTheLocalHourTwo()
    {
        var calendar = Calendar(AutumnStartUtc, TimeSpan.FromHours(1), 25);

        // 00:00Z is 02:00 CEST, 01:00Z is 02:00 CET: grid indexes 2 and 3 of the day.
        Assert.Equal(2, calendar.IndexAt(0, 2, 25, out var second));
        Assert.Equal(3, second);
        Assert.Equal(2, calendar.SlotOf(0, 3));
        Assert.Equal(3, calendar.SlotOf(0, 4));
        Assert.Equal(23, calendar.SlotOf(0, 24));
    }

    [Fact]
    public void DayTypes_HolidayOnAWeekday_CountsAsSunday()
    {
        // 2026-12-24 (Thursday) as a holiday; the grid starts Monday 2026-12-21 00:00 CET.
        var calendar = Calendar(new DateTimeOffset(2026, 12, 20, 23, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(1), 24 * 7, new DateOnly(2026, 12, 24));

        Assert.Equal(DayOfWeek.Wednesday, calendar.LikeDay(2));
        Assert.Equal(DayOfWeek.Sunday, calendar.LikeDay(3));
        Assert.Equal(DayType.SundayOrHoliday, calendar.TypeOf(3));
        Assert.Equal(DayType.Saturday, calendar.TypeOf(5));
        Assert.Equal(DayType.Weekday, calendar.TypeOf(4));
        Assert.Equal(0, calendar.WeekStart(6));
        Assert.Equal(3, calendar.DayOf(24 * 3));
        Assert.Equal(2, calendar.DayOf((24 * 3) - 1));
    }
}
