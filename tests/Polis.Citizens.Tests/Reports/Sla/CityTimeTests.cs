using Polis.Citizens.Reports.Sla;
using static Polis.Citizens.Tests.Reports.Sla.CopenhagenCalendar;

namespace Polis.Citizens.Tests.Reports.Sla;

public sealed class CityTimeTests
{
    [Fact]
    public void ToInstant_SkippedTime_IsShiftedByTheGap() =>
        Assert.Equal(At(3, 29, 3, 2, 30), CityTime.ToInstant(new DateOnly(2026, 3, 29), new TimeOnly(2, 30), Zone));

    [Fact]
    public void ToInstant_RepeatedTime_IsTheFirstOccurrence()
    {
        var instant = CityTime.ToInstant(new DateOnly(2026, 10, 25), new TimeOnly(2, 30), Zone);

        Assert.Equal(new DateTimeOffset(2026, 10, 25, 0, 30, 0, TimeSpan.Zero), instant);
        Assert.Equal(TimeSpan.FromHours(2), instant.Offset);
    }

    [Fact]
    public void DateOf_LateUtcEvening_IsTheNextCityDay() =>
        Assert.Equal(new DateOnly(2026, 6, 2), CityTime.DateOf(new DateTimeOffset(2026, 6, 1, 22, 30, 0, TimeSpan.Zero), Zone));
}
