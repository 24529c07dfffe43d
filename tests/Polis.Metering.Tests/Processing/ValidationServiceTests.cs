using Polis.Metering.Processing;
using Polis.Metering.Readings;
using Polis.Metering.Registers;
using Polis.Metering.Validation;

namespace Polis.Metering.Tests.Processing;

/// <summary>
/// Reads stored in SQLite → the validation service's passes → the validated series, over the real Danish heat meter:
/// August 2018 holds its real spike (2018-08-19T16Z, 5.37 kWh among hours of 0.28), and three reads are held back to
/// make a gap that arrives late.
/// </summary>
public sealed class ValidationServiceTests : IDisposable
{
    private static readonly DateTimeOffset From = RealHeatMeter.Utc("2018-08-10T00:00:00Z");
    private static readonly DateTimeOffset To = RealHeatMeter.Utc("2018-08-25T00:00:00Z");
    private static readonly DateTimeOffset Spike = RealHeatMeter.Utc("2018-08-19T16:00:00Z");
    private static readonly DateTimeOffset[] Held = [.. Enumerable.Range(5, 3).Select(h => RealHeatMeter.Utc("2018-08-14T00:00:00Z").AddHours(h))];

    private readonly ValidationHarness _h = new();

    [Fact]
    public async Task Pass_StoredReads_SeriesIsWhatVeeComputesFromThem()
    {
        var reads = await StoreAugustAsync();

        var pass = await _h.Service.DrainAsync();

        var expected = ValidationHarness.Expected(reads, From, To, _h.Db.Time);
        var stored = await _h.SeriesAsync("m-1");
        Assert.Equal(expected.Series.Values.Select(SeriesChanges.ToStored), stored);
        Assert.Equal(expected.Audit.Count, (await _h.AuditAsync("m-1")).Count);
        Assert.Equal((1, stored.Count, expected.Audit.Count), (pass.Meters, pass.Values, pass.AuditEntries));
        Assert.Equal(ReadingQuality.Questionable, stored.Single(v => v.Value.Start == Spike).Value.Quality);
        Assert.All(stored.Where(v => v.Value.Start >= Held[0] && v.Value.Start <= Held[^1]), v => Assert.Equal(ReadingQuality.Estimated, v.Value.Quality));
        Assert.Equal(0, (await _h.Queue.SummarizeAsync(10)).Size);
    }

    [Fact]
    public async Task LateReads_RevalidateOnlyFromTheirLocalDay()
    {
        await StoreAugustAsync();
        await _h.Service.DrainAsync();
        var before = await _h.SeriesAsync("m-1");
        var auditBefore = (await _h.AuditAsync("m-1")).Count;

        await _h.StoreAsync("m-1", Held.Select(at => new RegisterRead(at, RealHeatMeter.At(at))));
        var queued = await _h.Queue.SummarizeAsync(10);
        await _h.Service.DrainAsync();

        // 2018-08-14T05Z is 07:00 in Copenhagen: its local day starts 2018-08-13T22Z.
        var dayStart = RealHeatMeter.Utc("2018-08-13T22:00:00Z");
        Assert.Equal(Held[0], queued.OldestDirtyFrom);
        var after = await _h.SeriesAsync("m-1");
        Assert.Equal(before.Where(v => v.Value.Start < dayStart), after.Where(v => v.Value.Start < dayStart));
        Assert.All(after.Where(v => v.Value.Start >= Held[0].AddHours(-1) && v.Value.Start <= Held[^1]), v => Assert.Equal(ReadingQuality.Valid, v.Value.Quality));
        var added = (await _h.AuditAsync("m-1")).Where(a => a.Rule == SeriesChanges.RevalidatedRule).ToList();
        Assert.Equal(4, added.Count); // the four estimated hours the three late reads now measure
        Assert.All(added, a => Assert.True(a.IntervalStart >= dayStart && a.OldQuality == ReadingQuality.Estimated && a.NewQuality == ReadingQuality.Valid));
        Assert.Equal(auditBefore + 4, (await _h.AuditAsync("m-1")).Count);
    }

    [Fact]
    public async Task SecondPassOverTheSameReads_ChangesNothingAndWritesNoAudit()
    {
        await StoreAugustAsync();
        await _h.Service.DrainAsync();
        var series = await _h.SeriesAsync("m-1");
        var audit = (await _h.AuditAsync("m-1")).Count;

        Assert.True(await _h.Queue.MarkAsync("m-1", From));
        var again = await _h.Service.DrainAsync();

        Assert.Equal((1, 0, 0), (again.Meters, again.Values, again.AuditEntries));
        Assert.Equal(series, await _h.SeriesAsync("m-1"));
        Assert.Equal(audit, (await _h.AuditAsync("m-1")).Count);
    }

    [Fact]
    public async Task AnalystEdit_SurvivesRevalidation()
    {
        await StoreAugustAsync();
        await _h.Service.DrainAsync();
        var edit = AnalystEdit.Set(Spike, Spike.AddHours(1), 0.3, "hot-water test by the installer, not consumption", "ana@city.example");

        var applied = await _h.Editor.ApplyAsync("m-1", edit);
        var audit = (await _h.AuditAsync("m-1")).Count;
        await _h.StoreAsync("m-1", Held.Select(at => new RegisterRead(at, RealHeatMeter.At(at))));
        Assert.True(await _h.Queue.MarkAsync("m-1", From));
        await _h.Service.DrainAsync();

        var changed = Assert.Single(applied.Value!.Changed);
        Assert.Equal((0.3, ReadingQuality.Edited, "spike,analyst-edit"), (changed.Value.Quantity, changed.Value.Quality, changed.Rule));
        var after = (await _h.SeriesAsync("m-1")).Single(v => v.Value.Start == Spike);
        Assert.Equal(changed, after);
        Assert.Equal(audit + 4, (await _h.AuditAsync("m-1")).Count); // only the late reads' four hours
        Assert.Equal("ana@city.example", Assert.Single(await _h.Edits.ListAsync("m-1", From, To)).Edit.Actor);
    }

    [Fact]
    public async Task CrashBeforeValidation_NewServiceOverTheSameDatabasePicksTheMeterUp()
    {
        await StoreAugustAsync(); // stored and acknowledged; the process "dies" before any pass

        var summary = await _h.Queue.SummarizeAsync(10);
        var pass = await _h.NewService().DrainAsync();

        Assert.Equal((1, From), (summary.Size, summary.OldestDirtyFrom));
        Assert.Equal("m-1", Assert.Single(summary.Waiting).MeterId);
        Assert.True(pass.Values > 300);
        Assert.Equal(0, (await _h.Queue.SummarizeAsync(10)).Size);
    }

    [Fact]
    public async Task ConflictingRead_MakesItsIntervalsQuestionable()
    {
        var reads = await StoreAugustAsync();
        await _h.Service.DrainAsync();
        var at = RealHeatMeter.Utc("2018-08-20T08:00:00Z");

        await _h.StoreAsync("m-1", [new RegisterRead(at, RealHeatMeter.At(at) + 40)]);
        await _h.Service.DrainAsync();

        var around = (await _h.SeriesAsync("m-1")).Where(v => v.Value.Start == at.AddHours(-1) || v.Value.Start == at).ToList();
        Assert.All(around, v => Assert.Equal(ReadingQuality.Questionable, v.Value.Quality));
        Assert.All(around, v => Assert.Contains("duplicate-conflict", v.Rule, StringComparison.Ordinal));
        Assert.Equal(reads.Length, (await _h.Db.Reads.ListAsync("m-1", From, To.AddHours(1), 100_000)).Count);
    }

    public void Dispose() => _h.Dispose();

    private async Task<RegisterRead[]> StoreAugustAsync()
    {
        await _h.Db.MeterAsync("m-1");
        var reads = RealHeatMeter.Between(From, To).Where(r => !Held.Contains(r.At)).ToArray();
        await _h.StoreAsync("m-1", reads);
        return reads;
    }
}
