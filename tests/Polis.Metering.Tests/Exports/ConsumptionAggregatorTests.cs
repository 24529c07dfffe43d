using Polis.Metering.Exports;
using Polis.Metering.Readings;
using static Polis.Metering.Tests.RealHeatMeter;

namespace Polis.Metering.Tests.Exports;

/// <summary>Local hours, days and months of Copenhagen over its DST days, from hand-made hourly values.</summary>
public sealed class ConsumptionAggregatorTests
{
    private static List<StoredInterval> Hourly(DateTimeOffset from, DateTimeOffset to, Func<int, ReadingQuality>? quality = null)
    {
        var values = new List<StoredInterval>();
        for (var (t, i) = (from, 0); t < to; t = t.AddHours(1), i++)
        {
            values.Add(new StoredInterval(new IntervalValue(t, t.AddHours(1), 1 + (i % 3), quality?.Invoke(i) ?? ReadingQuality.Valid)));
        }

        return values;
    }

    [Fact]
    public void Aggregate_DaysAroundBothDstChanges_23And25HourLocalDays()
    {
        // Local 2020-03-28 to 2020-03-31 and 2020-10-24 to 2020-10-27 in Copenhagen.
        var spring = ConsumptionAggregator.Aggregate(Hourly(Utc("2020-03-27T23:00:00Z"), Utc("2020-03-30T22:00:00Z")), ConsumptionResolution.Day, Copenhagen);
        var autumn = ConsumptionAggregator.Aggregate(Hourly(Utc("2020-10-23T22:00:00Z"), Utc("2020-10-26T23:00:00Z")), ConsumptionResolution.Day, Copenhagen);

        Assert.Equal([24, 23, 24], spring.Select(d => d.Intervals));
        Assert.Equal([Utc("2020-03-27T23:00:00Z"), Utc("2020-03-28T23:00:00Z"), Utc("2020-03-29T22:00:00Z")], spring.Select(d => d.Start));
        Assert.Equal(Utc("2020-03-29T22:00:00Z"), spring[1].End);
        Assert.Equal([24, 25, 24], autumn.Select(d => d.Intervals));
        Assert.Equal(TimeSpan.FromHours(25), autumn[1].End - autumn[1].Start);
        // 1, 2, 3 repeating: 25 hours starting at i = 24 (24 % 3 = 0) sum to 8 × 6 + 1 = 49.
        Assert.Equal(49, autumn[1].Quantity);
    }

    [Fact]
    public void Aggregate_HoursOfTheAutumnDstDay_TwoBucketsAtLocalTwoOClock()
    {
        var day = Hourly(Utc("2020-10-24T22:00:00Z"), Utc("2020-10-25T23:00:00Z"));

        var hours = ConsumptionAggregator.Aggregate(day, ConsumptionResolution.Hour, Copenhagen);

        Assert.Equal(25, hours.Count);
        Assert.Equal(2, hours.Count(h => TimeZoneInfo.ConvertTime(h.Start, Copenhagen).Hour == 2));
        Assert.Equal(day.Select(v => v.Value.Start), hours.Select(h => h.Start));
    }

    [Fact]
    public void Aggregate_MonthWithEstimatesAndAQuestionableHour_WorstQualityAndEstimatedShare()
    {
        // Local October 2020: 745 hours; every 10th estimated (75 of them), hour 300 questionable.
        var october = Hourly(Utc("2020-09-30T22:00:00Z"), Utc("2020-10-31T23:00:00Z"),
            i => i == 300 ? ReadingQuality.Questionable : i % 10 == 0 ? ReadingQuality.Estimated : ReadingQuality.Valid);

        var month = Assert.Single(ConsumptionAggregator.Aggregate(october, ConsumptionResolution.Month, Copenhagen));
        var days = ConsumptionAggregator.Aggregate(october, ConsumptionResolution.Day, Copenhagen);

        Assert.Equal((745, 74, ReadingQuality.Questionable), (month.Intervals, month.EstimatedIntervals, month.Quality));
        Assert.Equal(74 / 745.0, month.EstimatedShare, 12);
        Assert.Equal(october.Sum(v => v.Value.Quantity), month.Quantity);
        Assert.Equal(31, days.Count);
        Assert.Equal(month.Quantity, days.Sum(d => d.Quantity));
        Assert.Equal(ReadingQuality.Estimated, days[0].Quality);
        Assert.Equal(ReadingQuality.Questionable, days.Single(d => d.Start <= october[300].Value.Start && october[300].Value.Start < d.End).Quality);
    }

    [Fact]
    public void Resolution_Names_ParsedAndRefused()
    {
        Assert.True(ConsumptionResolutions.TryParse("Day", out var day));
        Assert.True(ConsumptionResolutions.TryParse(null, out var fallback));
        Assert.Equal((ConsumptionResolution.Day, ConsumptionResolution.Interval), (day, fallback));
        Assert.False(ConsumptionResolutions.TryParse("week", out _));
        Assert.False(ConsumptionResolutions.TryParse("2", out _));
    }
}
