using Microsoft.Data.Sqlite;
using Polis.Metering.Readings;

namespace Polis.Metering.Tests.Storage;

/// <summary>The current interval series and its append-only audit trail in a real SQLite file.</summary>
public sealed class SqliteIntervalStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = MeteringDatabase.Start;
    private static readonly DateTimeOffset At = T0.AddDays(2);
    private readonly MeteringDatabase _db = new();

    [Fact]
    public async Task SaveAsync_ValuesWithTheirAudit_StoredTogetherAndReadByRange()
    {
        await _db.MeterAsync("m-1");
        StoredInterval[] values = [Hour(0, 1.5), Hour(1, 1.25, ReadingQuality.Estimated, "linear", "gap of 1 h interpolated"), Hour(2, 40, ReadingQuality.Questionable, "spike", "40 kWh is 27× the usual")];
        IntervalAuditRecord[] audit =
        [
            new(T0.AddHours(1), T0.AddHours(2), null, null, 1.25, ReadingQuality.Estimated, "linear", "gap of 1 h interpolated", "vee", At),
            new(T0.AddHours(2), T0.AddHours(3), 40, ReadingQuality.Valid, 40, ReadingQuality.Questionable, "spike", "40 kWh is 27× the usual", "vee", At),
        ];

        var result = await _db.Intervals.SaveAsync([new IntervalWrite("m-1", values, audit, "vee", At)]);

        Assert.Equal(new IntervalSaveResult(3, 0, 0, 2), result);
        Assert.Equal(values, await _db.Intervals.ListAsync("m-1", T0, T0.AddHours(3)));
        Assert.Equal(values[1..], await _db.Intervals.ListAsync("m-1", T0.AddMinutes(30), T0.AddHours(3)));
        Assert.Equal(audit, await _db.Intervals.ListAuditAsync("m-1", T0, T0.AddDays(1)));
    }

    [Fact]
    public async Task SaveAsync_ValueReplacedWithoutAnEntry_StoreExplainsItTheSameValueAgainIsNoChange()
    {
        await _db.MeterAsync("m-1");
        await _db.Intervals.SaveAsync([new IntervalWrite("m-1", [Hour(0, 2, ReadingQuality.Estimated, "like-day")], [], "vee", At)]);

        var later = await _db.Intervals.SaveAsync([new IntervalWrite("m-1", [Hour(0, 2.4), Hour(1, 1)], [], "vee", At.AddDays(1))]);
        var again = await _db.Intervals.SaveAsync([new IntervalWrite("m-1", [Hour(0, 2.4), Hour(1, 1)], [], "vee", At.AddDays(2))]);

        Assert.Equal(new IntervalSaveResult(1, 1, 0, 1), later);
        Assert.Equal(new IntervalSaveResult(0, 0, 2, 0), again);
        var entry = Assert.Single(await _db.Intervals.ListAuditAsync("m-1", T0, T0.AddDays(1)));
        Assert.Equal(
            new IntervalAuditRecord(T0, T0.AddHours(1), 2, ReadingQuality.Estimated, 2.4, ReadingQuality.Valid, IIntervalStore.ReplacedRule,
                "replaced by a save that gave no audit entry for it", "vee", At.AddDays(1)),
            entry);
        Assert.Equal(2.4, (await _db.Intervals.ListAsync("m-1", T0, T0.AddHours(1)))[0].Value.Quantity);
    }

    [Fact]
    public async Task SaveAsync_SecondWriteNamesUnknownMeter_NothingOfEitherSaved()
    {
        await _db.MeterAsync("m-1");

        await Assert.ThrowsAsync<KeyNotFoundException>(() => _db.Intervals.SaveAsync(
        [
            new IntervalWrite("m-1", [Hour(0, 1)], [], "vee", At),
            new IntervalWrite("ghost", [Hour(0, 1)], [], "vee", At),
        ]));

        Assert.Empty(await _db.Intervals.ListAsync("m-1", T0, T0.AddDays(1)));
    }

    [Fact]
    public async Task AuditTrail_UpdateOrDelete_RefusedByTheDatabase()
    {
        await _db.MeterAsync("m-1");
        await _db.Intervals.SaveAsync([new IntervalWrite("m-1", [Hour(0, 1)], [new(T0, T0.AddHours(1), null, null, 1, ReadingQuality.Valid, "measured", "as read", "vee", At)], "vee", At)]);

        var update = Assert.Throws<SqliteException>(() => _db.Scalar("UPDATE metering_interval_audit SET new_quantity = 5"));
        var delete = Assert.Throws<SqliteException>(() => _db.Scalar("DELETE FROM metering_interval_audit"));

        Assert.Contains("append-only", update.Message, StringComparison.Ordinal);
        Assert.Contains("append-only", delete.Message, StringComparison.Ordinal);
        Assert.Single(await _db.Intervals.ListAuditAsync("m-1", T0, T0.AddDays(1)));
    }

    [Fact]
    public async Task StreamAsync_ManyMetersOneRange_MeterByMeterInTheOrderGiven()
    {
        await _db.MeterAsync("m-1");
        await _db.MeterAsync("m-2");
        await _db.Intervals.SaveAsync(
        [
            new IntervalWrite("m-1", [.. Enumerable.Range(0, 48).Select(h => Hour(h, h))], [], "vee", At),
            new IntervalWrite("m-2", [Quarter(0, 0.25), Quarter(1, 0.5)], [], "vee", At),
        ]);

        var streamed = new List<MeterIntervals>();
        await foreach (var meter in _db.Intervals.StreamAsync(["m-2", "ghost", "m-1"], T0, T0.AddDays(1)))
        {
            streamed.Add(meter);
        }

        Assert.Equal(["m-2", "ghost", "m-1"], streamed.Select(m => m.MeterId));
        Assert.Equal([Quarter(0, 0.25), Quarter(1, 0.5)], streamed[0].Values);
        Assert.Empty(streamed[1].Values);
        Assert.Equal(24, streamed[2].Values.Count);
        Assert.Equal(TimeSpan.FromMinutes(15), streamed[0].Values[0].Value.Length);
    }

    [Fact]
    public async Task SaveAsync_InstantFinerThanASecond_RefusedNothingSaved()
    {
        await _db.MeterAsync("m-1");
        var odd = new StoredInterval(new IntervalValue(T0.AddMilliseconds(5), T0.AddHours(1), 1, ReadingQuality.Valid));

        await Assert.ThrowsAsync<ArgumentException>(() => _db.Intervals.SaveAsync([new IntervalWrite("m-1", [Hour(0, 1), odd], [], "vee", At)]));

        Assert.Empty(await _db.Intervals.ListAsync("m-1", T0, T0.AddDays(1)));
    }

    public void Dispose() => _db.Dispose();

    private static StoredInterval Hour(int hour, double quantity, ReadingQuality quality = ReadingQuality.Valid, string? rule = null, string? reason = null) =>
        new(new IntervalValue(T0.AddHours(hour), T0.AddHours(hour + 1), quantity, quality), rule, reason);

    private static StoredInterval Quarter(int index, double quantity) =>
        new(new IntervalValue(T0.AddMinutes(15 * index), T0.AddMinutes(15 * (index + 1)), quantity, ReadingQuality.Valid));
}
