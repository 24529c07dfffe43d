using System.Globalization;
using Polis.Metering.Exports;
using static Polis.Metering.Tests.RealHeatMeter;

namespace Polis.Metering.Tests.Exports;

/// <summary>CSV of the real heat meter's validated intervals: columns, sums at every resolution, local times on the DST day.</summary>
public sealed class ConsumptionCsvWriterTests : IDisposable
{
    private static readonly DateTimeOffset From = Utc("2020-10-19T22:00:00Z"), To = Utc("2020-10-29T23:00:00Z");
    private readonly MeteringDatabase _db = new();

    [Fact]
    public async Task WriteAsync_EveryResolution_SameTotalAsTheStoredIntervals()
    {
        await RealValidatedSeries.RegisterAsync(_db);
        var stored = await RealValidatedSeries.SaveAsync(_db, From, To, lost: Utc("2020-10-21T06:00:00Z"));

        foreach (var (resolution, rows) in new[] { (ConsumptionResolution.Interval, 241), (ConsumptionResolution.Hour, 241), (ConsumptionResolution.Day, 10), (ConsumptionResolution.Month, 1) })
        {
            var lines = await CsvAsync(resolution);
            Assert.Equal(ConsumptionCsvWriter.Header, lines[0]);
            Assert.Equal(rows, lines.Count - 1);
            Assert.All(lines.Skip(1), l => Assert.Equal(12, l.Split(',').Length));
            Assert.Equal(stored.Sum(s => s.Value.Quantity), lines.Skip(1).Sum(l => double.Parse(l.Split(',')[7], CultureInfo.InvariantCulture)), 9);
        }
    }

    [Fact]
    public async Task WriteAsync_Days_LocalMidnightsWithTheirOffsetsAndEstimatedShare()
    {
        await RealValidatedSeries.RegisterAsync(_db);
        await RealValidatedSeries.SaveAsync(_db, From, To, lost: Utc("2020-10-21T06:00:00Z"));

        var lines = await CsvAsync(ConsumptionResolution.Day);

        var october21 = lines[2].Split(',');
        Assert.Equal(["sp-660", "hm-660", "heat", "2020-10-20T22:00:00Z", "2020-10-21T22:00:00Z", "2020-10-21T00:00:00+02:00", "2020-10-22T00:00:00+02:00"], october21[..7]);
        Assert.Equal(("kWh", "estimated", "24", "0.0833"), (october21[8], october21[9], october21[10], october21[11]));
        var october25 = lines[6].Split(',');
        Assert.Equal(("2020-10-25T00:00:00+02:00", "2020-10-26T00:00:00+01:00", "25", "valid"), (october25[5], october25[6], october25[10], october25[9]));
    }

    private async Task<List<string>> CsvAsync(ConsumptionResolution resolution)
    {
        var planner = new ExportPlanner(_db.ServicePoints, _db.Installations, _db.Meters);
        var parts = await planner.PartsOfAccountAsync(RealValidatedSeries.AccountId, From, To);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        await ConsumptionCsvWriter.WriteAsync(text, parts, resolution, Copenhagen, _db.Intervals);
        return [.. text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)];
    }

    public void Dispose() => _db.Dispose();
}
