using Polis.Citizens.Reports.Sla;
using static Polis.Citizens.Tests.Reports.Sla.CopenhagenCalendar;

namespace Polis.Citizens.Tests.Reports.Sla;

public sealed class WorkingCalendarTests
{
    private readonly WorkingCalendar _calendar = Create();

    [Fact]
    public void Add_ThreeWorkingDaysOverEaster_SkipsTheHolidaysAndTheWeekend()
    {
        // Wednesday 14:00: 2 h that day; 2, 3 April holidays, 4–5 weekend, 6 Easter Monday; 7th and 8th 8 h each; 6 h on the 9th.
        var due = _calendar.Add(At(4, 1, 14, 2), _calendar.Days(3));

        Assert.Equal(At(4, 9, 14, 2), due);
        Assert.Equal(TimeSpan.FromHours(2), due.Offset);
    }

    [Fact]
    public void Add_AcrossSpringForward_KeepsTheLocalClockTime()
    {
        // Friday 27 March 10:00 CET; the clocks go forward on Sunday 29 March.
        var due = _calendar.Add(At(3, 27, 10, 1), _calendar.Days(1));

        Assert.Equal(At(3, 30, 10, 2), due);
        Assert.Equal(TimeSpan.FromHours(71), due - At(3, 27, 10, 1));
    }

    [Fact]
    public void Add_AcrossFallBack_KeepsTheLocalClockTime()
    {
        var due = _calendar.Add(At(10, 23, 10, 2), _calendar.Days(1));

        Assert.Equal(At(10, 26, 10, 1), due);
        Assert.Equal(TimeSpan.FromHours(1), due.Offset);
        Assert.Equal(TimeSpan.FromHours(73), due - At(10, 23, 10, 2));
    }

    [Fact]
    public void Add_SubmittedOnASaturdayNight_StartsAtMondaysOpeningAndEndsAtClosing()
    {
        Assert.Equal(At(4, 13, 16, 2), _calendar.Add(At(4, 11, 23, 2), _calendar.Days(1)));
        Assert.Equal(At(4, 10, 16, 2), _calendar.Add(At(4, 10, 8, 2), TimeSpan.FromHours(8)));
        Assert.Equal(At(4, 13, 8, 2, 30), _calendar.Add(At(4, 10, 16, 2), TimeSpan.FromMinutes(30)));
    }

    [Fact]
    public void Add_UtcInput_AnswersOnTheCityClock()
    {
        var due = _calendar.Add(new DateTimeOffset(2026, 12, 23, 14, 0, 0, TimeSpan.Zero), TimeSpan.FromHours(2));

        // 23 December 15:00 CET + 1 h that day, then 24–27 December are holidays and a weekend.
        Assert.Equal(At(12, 28, 9, 1), due);
    }

    [Fact]
    public void Between_IsTheInverseOfAdd_AllYearRound()
    {
        var random = new Random(7);
        var start = At(1, 1, 0, 1);
        for (var k = 0; k < 400; k++)
        {
            var from = start.AddMinutes(random.Next(0, 365 * 24 * 60));
            var working = TimeSpan.FromMinutes(random.Next(0, 20 * 8 * 60));

            var due = _calendar.Add(from, working);

            Assert.Equal(working, _calendar.Between(from, due));
            Assert.True(due >= from);
        }
    }

    [Fact]
    public void Between_ReversedOrOutsideHours_IsZero()
    {
        Assert.Equal(TimeSpan.Zero, _calendar.Between(At(4, 9, 12, 2), At(4, 8, 12, 2)));
        Assert.Equal(TimeSpan.Zero, _calendar.Between(At(4, 2, 8, 2), At(4, 6, 16, 2)));
        Assert.Equal(TimeSpan.FromHours(16), _calendar.Between(At(4, 1, 16, 2), At(4, 9, 8, 2)));
    }

    [Fact]
    public void Between_WindowSpanningTheSpringChange_CountsTheRealHours()
    {
        // A night shift 01:00–05:00 every day: on 29 March 2026 02:00–03:00 never happens on the clock.
        var nights = new WorkingCalendar(Zone, Enum.GetValues<DayOfWeek>(), new TimeOnly(1, 0), new TimeOnly(5, 0), []);

        Assert.Equal(TimeSpan.FromHours(3), nights.Between(At(3, 29, 0, 1), At(3, 29, 12, 2)));
        Assert.Equal(TimeSpan.FromHours(5), nights.Between(At(10, 25, 0, 2), At(10, 25, 12, 1)));
    }

    [Fact]
    public void Constructor_NoWorkingDayOrClosingBeforeOpening_Throws()
    {
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(Zone, [], new TimeOnly(8, 0), new TimeOnly(16, 0), []));
        Assert.Throws<ArgumentException>(() => new WorkingCalendar(Zone, Weekdays, new TimeOnly(16, 0), new TimeOnly(8, 0), []));
        Assert.Throws<ArgumentOutOfRangeException>(() => _calendar.Add(At(4, 1, 9, 2), TimeSpan.FromHours(-1)));
    }
}
