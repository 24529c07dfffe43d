using Polis.Metering.Processing;
using Polis.Metering.Readings;
using Polis.Metering.Validation;
using Polis.Platform.Devices;

namespace Polis.Metering.Tests.Processing;

/// <summary>Analyst edits over a validated real week: accepted, estimated, refused ranges, and the statistics that count them.</summary>
public sealed class AnalystEditorTests : IDisposable
{
    private static readonly DateTimeOffset From = RealHeatMeter.Utc("2018-08-13T00:00:00Z");
    private static readonly DateTimeOffset To = RealHeatMeter.Utc("2018-08-22T00:00:00Z");
    private static readonly DateTimeOffset Spike = RealHeatMeter.Utc("2018-08-19T16:00:00Z");
    private readonly ValidationHarness _h = new();

    [Fact]
    public async Task Accept_TheSpike_BecomesValidWithTheAnalystsAuditEntry()
    {
        await ValidatedAsync();

        var result = await _h.Editor.ApplyAsync("m-1", AnalystEdit.Accept(Spike.AddHours(-2), Spike.AddHours(2), "sauna evening confirmed by the customer", "ana@city.example"));

        var changed = Assert.Single(result.Value!.Changed);
        Assert.Equal((Spike, ReadingQuality.Valid, "spike,analyst-accept"), (changed.Value.Start, changed.Value.Quality, changed.Rule));
        var entry = (await _h.AuditAsync("m-1")).Single(a => a.Actor == "ana@city.example");
        Assert.Equal(("analyst-accept", "ana@city.example", ReadingQuality.Questionable), (entry.Rule, entry.Actor, entry.OldQuality));
    }

    [Fact]
    public async Task Estimate_WithATotal_SpreadsIt()
    {
        await ValidatedAsync();
        var start = RealHeatMeter.Utc("2018-08-15T00:00:00Z");

        var result = await _h.Editor.ApplyAsync("m-1", AnalystEdit.Estimate(start, start.AddHours(4), 2.0, "manual read after a faulty register", "ana@city.example"));

        Assert.Equal(4, result.Value!.Changed.Count);
        Assert.Equal(2.0, result.Value.Changed.Sum(v => v.Value.Quantity), 9);
        Assert.All(result.Value.Changed, v => Assert.Equal(ReadingQuality.Estimated, v.Value.Quality));
    }

    [Theory]
    [InlineData("2018-08-15T00:30:00Z", "2018-08-15T02:00:00Z", "to")]
    [InlineData("2018-08-15T02:00:00Z", "2018-08-15T01:00:00Z", "to")]
    [InlineData("2018-06-01T00:00:00Z", "2018-08-15T00:00:00Z", "to")]
    public async Task Ranges_OffTheGridBackwardsOrTooLong_AreRefusedAndNothingIsStored(string from, string to, string field)
    {
        await ValidatedAsync();
        var audit = (await _h.AuditAsync("m-1")).Count;

        var result = await _h.Editor.ApplyAsync("m-1", AnalystEdit.Set(RealHeatMeter.Utc(from), RealHeatMeter.Utc(to), 1, "reason", "ana"));

        Assert.Equal(OperationStatus.Invalid, result.Status);
        Assert.True(result.Errors!.ContainsKey(field));
        Assert.Equal(audit, (await _h.AuditAsync("m-1")).Count);
        Assert.Empty(await _h.Edits.ListAsync("m-1", From, To));
    }

    [Fact]
    public async Task UnknownMeter_IsNotFound()
    {
        var result = await _h.Editor.ApplyAsync("nope", AnalystEdit.Accept(From, From.AddHours(1), "reason", "ana"));

        Assert.Equal(OperationStatus.NotFound, result.Status);
    }

    [Fact]
    public async Task Stats_CountQualitiesRulesMetersAndLocalDays()
    {
        await ValidatedAsync();
        await _h.Editor.ApplyAsync("m-1", AnalystEdit.Set(From.AddHours(5), From.AddHours(7), 0.5, "checked on site", "ana"));
        var query = new VeeStatsQuery(From, To);

        var stats = VeeStatistics.Build(query, await _h.Stats.AggregateAsync(query), ValidationHarness.City.Value.Zone);

        var stored = await _h.SeriesAsync("m-1");
        Assert.Equal((1, (long)stored.Count, 0L), (stats.Meters, stats.Values, stats.Missing));
        Assert.Equal(2, stats.Qualities.Single(q => q.Quality == ReadingQuality.Edited).Values);
        Assert.Equal(stored.Count(v => v.Value.Quality == ReadingQuality.Questionable), stats.Qualities.Single(q => q.Quality == ReadingQuality.Questionable).Values);
        Assert.Equal(2, stats.Rules["analyst-edit"]);
        Assert.Equal(1, stats.Rules["spike"]);
        Assert.Equal(new MeterQuestionableCount("m-1", 1), Assert.Single(stats.TopQuestionable));
        // 2018-08-13T00Z is 02:00 local: the first local day has 22 hours, the last (2018-08-22) 2.
        Assert.Equal((new DateOnly(2018, 8, 13), 22L), (stats.Days[0].Date, stats.Days[0].Valid + stats.Days[0].Edited));
        Assert.Equal((new DateOnly(2018, 8, 22), 2L), (stats.Days[^1].Date, stats.Days[^1].Valid));
        Assert.Equal(stored.Count, stats.Days.Sum(d => d.Valid + d.Estimated + d.Edited + d.Questionable));
        var other = new VeeStatsQuery(From, To, DistrictId: "elsewhere");
        Assert.Equal(0, (await _h.Stats.AggregateAsync(other)).Meters);
    }

    public void Dispose() => _h.Dispose();

    private async Task ValidatedAsync()
    {
        await _h.Db.MeterAsync("m-1");
        await _h.StoreAsync("m-1", RealHeatMeter.Between(From, To));
        await _h.Service.DrainAsync();
    }
}
