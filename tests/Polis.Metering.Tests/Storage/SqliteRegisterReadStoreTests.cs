using Polis.Metering.Ingest;

namespace Polis.Metering.Tests.Storage;

/// <summary>Raw register reads in a real SQLite file: idempotent on (meter, instant), conflicts kept, never overwritten.</summary>
public sealed class SqliteRegisterReadStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = MeteringDatabase.Start;
    private static readonly DateTimeOffset Received = T0.AddDays(1);
    private readonly MeteringDatabase _db = new();

    [Fact]
    public async Task AppendAsync_SameValueThenAnother_DuplicateCountedConflictKeptStoredValueUnchanged()
    {
        await _db.MeterAsync("m-1");

        var outcomes = await _db.Reads.AppendAsync(
        [
            Read("m-1", T0, 100),
            Read("m-1", T0, 100, ReadSource.Import),
            Read("m-1", T0, 107.5, ReadSource.Import),
            Read("m-1", T0, 107.5),
            Read("m-1", T0.AddHours(1), 101),
        ]);

        Assert.Equal([ReadOutcome.Accepted, ReadOutcome.Duplicate, ReadOutcome.Conflicting, ReadOutcome.Conflicting, ReadOutcome.Accepted], outcomes);
        var reads = await _db.Reads.ListAsync("m-1", T0, T0.AddDays(1), 100);
        Assert.Equal(2, reads.Count);
        Assert.Equal((T0, 100.0, ReadSource.Device, 1, true), (reads[0].At, reads[0].Value, reads[0].Source, reads[0].Duplicates, reads[0].IsConflicted));
        Assert.Equal([107.5], reads[0].ConflictingValues);
        Assert.Equal(1, _db.Scalar("SELECT repeats FROM metering_register_read_conflicts"));
        Assert.Empty(reads[1].ConflictingValues);
    }

    [Fact]
    public async Task AppendAsync_BackfillOfReadsAlreadyStored_NotCountedAsDuplicates()
    {
        await _db.MeterAsync("m-1");
        await _db.Reads.AppendAsync([Read("m-1", T0, 100)]);

        var outcomes = await _db.Reads.AppendAsync([Read("m-1", T0, 100, ReadSource.Backfill), Read("m-1", T0.AddHours(1), 101, ReadSource.Backfill)]);

        Assert.Equal([ReadOutcome.Duplicate, ReadOutcome.Accepted], outcomes);
        var reads = await _db.Reads.ListAsync("m-1", T0, T0.AddDays(1), 100);
        Assert.Equal([0, 0], reads.Select(r => r.Duplicates));
        Assert.Equal([ReadSource.Device, ReadSource.Backfill], reads.Select(r => r.Source));
    }

    [Fact]
    public async Task AppendAsync_UnknownMeterAmongKnown_OnlyThatReadRefused()
    {
        await _db.MeterAsync("m-1");

        var outcomes = await _db.Reads.AppendAsync([Read("ghost", T0, 1), Read("m-1", T0, 2)]);

        Assert.Equal([ReadOutcome.UnknownMeter, ReadOutcome.Accepted], outcomes);
        Assert.Equal(1, _db.Scalar("SELECT COUNT(*) FROM metering_register_reads"));
    }

    [Fact]
    public async Task ListAsync_HalfOpenRangeAndLimit_OldestFirst_LatestKnown()
    {
        await _db.MeterAsync("m-1");
        await _db.MeterAsync("m-2");
        await _db.Reads.AppendAsync([.. Enumerable.Range(0, 10).Select(h => Read("m-1", T0.AddHours(h), h)), Read("m-2", T0.AddHours(3), 99)]);

        var window = await _db.Reads.ListAsync("m-1", T0.AddHours(2), T0.AddHours(5), 100);
        var limited = await _db.Reads.ListAsync("m-1", T0, T0.AddDays(1), 4);

        Assert.Equal([2.0, 3, 4], window.Select(r => r.Value));
        Assert.Equal([0.0, 1, 2, 3], limited.Select(r => r.Value));
        Assert.Equal(Received, window[0].ReceivedAt);
        Assert.Equal(T0.AddHours(9), await _db.Reads.GetLatestAtAsync("m-1"));
        Assert.Null(await _db.Reads.GetLatestAtAsync("ghost"));
        Assert.Empty(await _db.Reads.ListAsync("ghost", T0, T0.AddDays(1), 10));
    }

    [Fact]
    public async Task AppendAsync_ThreeYearsOfARealHeatMeter_OneTransactionAllReadBackInOrder()
    {
        await _db.MeterAsync("danish-660");
        var real = HeatMeterData.Readings();

        var outcomes = await _db.Reads.AppendAsync(real.Select(r => Read("danish-660", r.At, r.Kwh, ReadSource.Import)).ToList());
        var again = await _db.Reads.AppendAsync(real.Take(24).Select(r => Read("danish-660", r.At, r.Kwh, ReadSource.Import)).ToList());

        Assert.Equal(26_256, real.Count);
        Assert.All(outcomes, o => Assert.Equal(ReadOutcome.Accepted, o));
        Assert.All(again, o => Assert.Equal(ReadOutcome.Duplicate, o));
        var stored = await _db.Reads.ListAsync("danish-660", real[0].At, real[^1].At.AddTicks(1), 100_000);
        Assert.Equal(real, stored.Select(r => (r.At, r.Value)));
        Assert.Equal(56_974.8571428571, stored[^1].Value);
    }

    public void Dispose() => _db.Dispose();

    private static RegisterReadWrite Read(string meterId, DateTimeOffset at, double value, ReadSource source = ReadSource.Device) => new(meterId, at, value, Received, source);
}
