using Polis.Dashboard.Residents;
using Polis.Metering.Exports;
using Polis.Metering.Readings;
using Polis.Platform.City;

namespace Polis.Dashboard.Tests.Residents;

/// <summary>The period a resident chooses (local days → instants over DST, limits) and the chart's bars.</summary>
public sealed class ResidentPeriodTests
{
    private static readonly CityOptions Copenhagen = new() { TimeZone = "Europe/Copenhagen" };

    [Fact]
    public void November_InCopenhagen_IsLocalMidnightToLocalMidnight_AcrossNoChange()
    {
        var period = new ResidentPeriod(new DateOnly(2020, 11, 1), new DateOnly(2020, 11, 30), ConsumptionResolution.Day);
        Assert.Equal(new DateTimeOffset(2020, 10, 31, 23, 0, 0, TimeSpan.Zero), period.From(Copenhagen));
        Assert.Equal(new DateTimeOffset(2020, 11, 30, 23, 0, 0, TimeSpan.Zero), period.To(Copenhagen));
        Assert.Equal("from=2020-10-31T23:00:00Z&to=2020-11-30T23:00:00Z&resolution=day", period.Query(Copenhagen));
        Assert.Null(period.Problem);
    }

    [Fact]
    public void TheAutumnChangeDay_Is25Hours()
    {
        var period = new ResidentPeriod(new DateOnly(2020, 10, 25), new DateOnly(2020, 10, 25), ConsumptionResolution.Hour);
        Assert.Equal(TimeSpan.FromHours(25), period.To(Copenhagen) - period.From(Copenhagen));
    }

    [Theory]
    [InlineData("2020-11-30", "2020-11-01", ConsumptionResolution.Day, "The first day is after the last one.")]
    [InlineData("2019-01-01", "2020-11-30", ConsumptionResolution.Month, "Choose at most 400 days.")]
    [InlineData("2020-10-01", "2020-11-30", ConsumptionResolution.Hour, "Interval and hourly views cover at most 31 days; choose days or months for a longer period.")]
    [InlineData("2020-10-01", "2020-11-30", ConsumptionResolution.Day, null)]
    public void Problem_NamesWhatIsWrong(string first, string last, ConsumptionResolution resolution, string? problem) =>
        Assert.Equal(problem, new ResidentPeriod(DateOnly.Parse(first, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), resolution).Problem);

    [Fact]
    public void Bars_TallestFillsTheHeight_EstimatedMarked()
    {
        var start = new DateTimeOffset(2020, 11, 1, 0, 0, 0, TimeSpan.Zero);
        var values = new[]
        {
            new ConsumptionValue(start, start.AddDays(1), 10, ReadingQuality.Valid, 24, 0, null, null),
            new ConsumptionValue(start.AddDays(1), start.AddDays(2), 5, ReadingQuality.Estimated, 24, 0.25, null, null),
        };
        var bars = ConsumptionBars.Layout(values, "kWh");
        Assert.Equal((0d, ConsumptionBars.Height, false), (bars[0].Y, bars[0].Height, bars[0].Estimated));
        Assert.Equal((ConsumptionBars.Width / 2, ConsumptionBars.Height / 2, true), (bars[1].X, bars[1].Height, bars[1].Estimated));
        Assert.Equal("2020-11-02 00:00: 5 kWh (estimated)", bars[1].Title);
        Assert.Empty(ConsumptionBars.Layout([], "kWh"));
    }
}
