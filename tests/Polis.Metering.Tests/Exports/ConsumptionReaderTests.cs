using Polis.Metering.Exports;
using Polis.Metering.Readings;
using static Polis.Metering.Tests.RealHeatMeter;

namespace Polis.Metering.Tests.Exports;

/// <summary>A resident's consumption view of the real heat meter: totals by quality, missing hours, the year before.</summary>
public sealed class ConsumptionReaderTests : IDisposable
{
    private readonly MeteringDatabase _db = new();

    [Fact]
    public async Task ReadAsync_WeekWithTheSameWeekAYearEarlier_TotalsAndComparison()
    {
        // Local 2020-02-03 to 2020-02-10 and 2019-02-03 to 2019-02-10 (CET, no DST inside).
        await RealValidatedSeries.RegisterAsync(_db);
        var now = await RealValidatedSeries.SaveAsync(_db, Utc("2020-02-02T23:00:00Z"), Utc("2020-02-09T23:00:00Z"), lost: Utc("2020-02-05T12:00:00Z"));
        var before = await RealValidatedSeries.SaveAsync(_db, Utc("2019-02-02T23:00:00Z"), Utc("2019-02-09T23:00:00Z"));

        var report = await Reader().ReadAsync((await _db.ServicePoints.GetAsync(RealValidatedSeries.ServicePointId))!,
            Utc("2020-02-02T23:00:00Z"), Utc("2020-02-10T23:00:00Z"), ConsumptionResolution.Day, Copenhagen);

        var total = Assert.Single(report.Totals);
        Assert.Equal(("kWh", 168L, 24L), (total.Unit, total.Intervals, total.MissingIntervals));
        Assert.Equal(now.Sum(v => v.Value.Quantity), total.Quantity, 9);
        Assert.Equal(now.Where(v => v.Value.Quality == ReadingQuality.Estimated).Sum(v => v.Value.Quantity), total.Estimated, 9);
        Assert.True(total.Estimated > 0);
        var series = Assert.Single(report.Series);
        Assert.Equal(7, series.Values.Count);
        Assert.Equal(2 / 24.0, series.Values[2].EstimatedShare, 4);
        Assert.Equal(ReadingQuality.Estimated, series.Values[2].Quality);
        Assert.NotNull(report.YearEarlier);
        Assert.Equal((Utc("2019-02-02T23:00:00Z"), Utc("2019-02-10T23:00:00Z")), (report.YearEarlier.From, report.YearEarlier.To));
        var earlier = Assert.Single(report.YearEarlier.Totals);
        Assert.Equal((168L, 24L), (earlier.Intervals, earlier.MissingIntervals));
        Assert.Equal(before.Sum(v => v.Value.Quantity), earlier.Quantity, 9);
    }

    [Fact]
    public async Task ReadAsync_NothingAYearEarlier_NoComparisonIntervalValuesCarryTheirRule()
    {
        await RealValidatedSeries.RegisterAsync(_db);
        await RealValidatedSeries.SaveAsync(_db, Utc("2020-02-02T23:00:00Z"), Utc("2020-02-03T23:00:00Z"), lost: Utc("2020-02-03T12:00:00Z"));

        var report = await Reader().ReadAsync((await _db.ServicePoints.GetAsync(RealValidatedSeries.ServicePointId))!,
            Utc("2020-02-02T23:00:00Z"), Utc("2020-02-03T23:00:00Z"), ConsumptionResolution.Interval, Copenhagen);

        Assert.Null(report.YearEarlier);
        var estimated = report.Series[0].Values.Where(v => v.Quality == ReadingQuality.Estimated).ToList();
        Assert.Equal(2, estimated.Count);
        Assert.All(estimated, v => Assert.Equal(("gap,estimate-linear", 1.0), (v.Rule, v.EstimatedShare)));
    }

    [Fact]
    public void YearEarlier_LeapDayAndDst_SameLocalDateAndClock()
    {
        Assert.Equal(Utc("2019-02-27T23:00:00Z"), ConsumptionReader.YearEarlier(Utc("2020-02-28T23:00:00Z"), Copenhagen));
        Assert.Equal(Utc("2019-06-30T22:00:00Z"), ConsumptionReader.YearEarlier(Utc("2020-06-30T22:00:00Z"), Copenhagen));
        // 2021-03-29 02:30 local (CEST): a year earlier 02:30 did not exist (the spring change), so 03:00 CEST.
        Assert.Equal(Utc("2020-03-29T01:00:00Z"), ConsumptionReader.YearEarlier(Utc("2021-03-29T00:30:00Z"), Copenhagen));
    }

    private ConsumptionReader Reader() => new(new ExportPlanner(_db.ServicePoints, _db.Installations, _db.Meters), _db.Intervals);

    public void Dispose() => _db.Dispose();
}
