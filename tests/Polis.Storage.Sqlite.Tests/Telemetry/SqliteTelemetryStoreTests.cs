using Polis.Contracts.Telemetry;
using Polis.Platform.Telemetry;
using static Polis.Storage.Sqlite.Tests.Telemetry.TelemetryTestDatabase;

namespace Polis.Storage.Sqlite.Tests.Telemetry;

public sealed class SqliteTelemetryStoreTests : IAsyncLifetime
{
    private readonly TelemetryTestDatabase _db = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task AppendAsync_NewPoints_ReadBackInOrder()
    {
        var store = _db.CreateStore();
        var result = await store.AppendAsync("d1", [Number("t", 3000, 3), Number("t", 1000, 1), Number("t", 2000, 2), Number("h", 1000, 50)], 5000);

        Assert.Equal(new AppendResult(4, 0), result);
        var ascending = await store.GetRawAsync("d1", "t", 0, 10_000, 100, newestFirst: false);
        Assert.Equal([1000L, 2000, 3000], ascending.Select(p => p.Timestamp));
        Assert.Equal([1.0, 2, 3], ascending.Select(p => p.Value.Number));
        Assert.All(ascending, p => Assert.Equal("t", p.Key));

        var newest = await store.GetRawAsync("d1", "t", 0, 10_000, 2, newestFirst: true);
        Assert.Equal([3000L, 2000], newest.Select(p => p.Timestamp));

        var window = await store.GetRawAsync("d1", "t", 1000, 3000, 100, newestFirst: false);
        Assert.Equal([1000L, 2000], window.Select(p => p.Timestamp));
        Assert.Empty(await store.GetRawAsync("nobody", "t", 0, 10_000, 100, newestFirst: false));
    }

    [Fact]
    public async Task AppendAsync_DuplicateDeviceKeyTimestamp_FirstWriteWinsAndRollupsCountOnce()
    {
        var store = _db.CreateStore();
        await store.AppendAsync("d1", [Number("t", 60_500, 10)], 1);

        var again = await store.AppendAsync("d1", [Number("t", 60_500, 99), Number("t", 60_700, 20), Number("t", 60_700, 30)], 2);

        Assert.Equal(new AppendResult(1, 2), again);
        var raw = await store.GetRawAsync("d1", "t", 0, long.MaxValue, 10, newestFirst: false);
        Assert.Equal([10.0, 20], raw.Select(p => p.Value.Number));
        foreach (var table in new[] { "telemetry_minute", "telemetry_hour", "telemetry_day" })
        {
            var bucket = Assert.Single(_db.ReadRollups(table, "d1", "t"));
            Assert.Equal(2, bucket.Count);
            Assert.Equal(30, bucket.Sum);
            Assert.Equal(20, bucket.Last);
            Assert.Equal(60_700, bucket.LastTs);
        }
    }

    [Fact]
    public async Task AppendAsync_TextBooleanAndJson_StoredButOnlyNumericsRolledUp()
    {
        var store = _db.CreateStore();
        await store.AppendAsync("d1",
        [
            new TelemetryPoint("v", 1000, TelemetryValue.FromString("open")),
            new TelemetryPoint("v", 2000, TelemetryValue.FromBoolean(true)),
            new TelemetryPoint("v", 3000, TelemetryValue.FromJson("""{"a":[1,2]}""")),
            new TelemetryPoint("v", 4000, TelemetryValue.FromNumber(2.5)),
            new TelemetryPoint("v", 5000, TelemetryValue.FromBoolean(false)),
        ], 6000);

        var raw = await store.GetRawAsync("d1", "v", 0, 10_000, 10, newestFirst: false);
        Assert.Equal(
            [TelemetryValue.FromString("open"), TelemetryValue.FromBoolean(true), TelemetryValue.FromJson("""{"a":[1,2]}"""), TelemetryValue.FromNumber(2.5), TelemetryValue.FromBoolean(false)],
            raw.Select(p => p.Value));
        var minute = Assert.Single(_db.ReadRollups("telemetry_minute", "d1", "v"));
        Assert.Equal(new AggregateBucket(0, 3, 3.5, 0, 2.5, 0, 5000), minute);
        var fromRaw = Assert.Single(await store.AggregateAsync(new AggregateRequest(RollupTier.Raw, ["d1"], "v", 0, 60_000, 60_000)));
        Assert.Equal(minute, fromRaw);
    }

    [Fact]
    public async Task GetLatestAsync_ManyDevicesWithKeyFilter_ReturnsNewestOfRequestedKeysOnly()
    {
        var store = _db.CreateStore();
        for (var d = 0; d < 50; d++)
        {
            await store.AppendAsync($"dev-{d}", [Number("a", 2000, d), Number("a", 1000, -1), Number("b", 1500, d * 10), new TelemetryPoint("c", 500, TelemetryValue.FromString($"s{d}"))], 3000);
        }

        // An older point arriving later must not replace the latest.
        await store.AppendAsync("dev-3", [Number("a", 1800, 777)], 4000);

        var latest = await store.GetLatestAsync(["dev-3", "dev-7", "dev-7", "missing"], ["a", "c"]);

        Assert.Equal(4, latest.Count);
        Assert.Equal(["dev-3/a/2000/3", "dev-3/c/500/s3", "dev-7/a/2000/7", "dev-7/c/500/s7"], latest.Select(l => $"{l.DeviceId}/{l.Point.Key}/{l.Point.Timestamp}/{l.Point.Value}"));
        var all = await store.GetLatestAsync([.. Enumerable.Range(0, 50).Select(d => $"dev-{d}")], null);
        Assert.Equal(150, all.Count);
        var one = await store.GetLatestAsync("dev-9");
        Assert.Equal(["a=9", "b=90", "c=s9"], one.Select(p => $"{p.Key}={p.Value}"));
    }

    [Fact]
    public async Task AppendAndTouch_ActivityKeepsMaximumReceiveTime()
    {
        var store = _db.CreateStore();
        await store.AppendAsync("d1", [Number("t", 1, 1)], 5000);
        await store.TouchAsync("d1", 4000);
        Assert.Equal(5000, await store.GetLastActivityAsync("d1"));

        await store.TouchAsync("d1", 9000);
        await store.TouchAsync("d2", 100);

        Assert.Equal(9000, await store.GetLastActivityAsync("d1"));
        Assert.Equal(100, await store.GetLastActivityAsync("d2"));
        Assert.Null(await store.GetLastActivityAsync("d3"));
    }

    [Fact]
    public async Task DeleteDeviceAsync_RemovesAllTelemetryOfThatDeviceOnly()
    {
        var store = _db.CreateStore();
        await store.AppendAsync("gone", [Number("t", 1000, 1), Number("u", 1000, 2)], 1);
        await store.AppendAsync("kept", [Number("t", 1000, 3)], 1);

        await store.DeleteDeviceAsync("gone");

        Assert.Empty(await store.GetLatestAsync("gone"));
        Assert.Null(await store.GetLastActivityAsync("gone"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM telemetry_raw"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM telemetry_minute"));
        Assert.Equal(1, _db.Scalar("SELECT count(*) FROM telemetry_series"));
        Assert.Single(await store.GetLatestAsync("kept"));

        // The writer's cached series ids must not point at deleted rows.
        await store.AppendAsync("gone", [Number("t", 2000, 5)], 2);
        Assert.Equal(5, Assert.Single(await store.GetLatestAsync("gone")).Value.Number);
        Assert.Equal(1, Assert.Single(_db.ReadRollups("telemetry_day", "gone", "t")).Count);
    }

    [Fact]
    public async Task AppendAsync_ManyConcurrentCallers_AllCompleteAndAllPointsStored()
    {
        var store = _db.CreateStore(new TelemetryOptions { MaxPointsPerCommit = 500 });
        var tasks = Enumerable.Range(0, 400).Select(i => Task.Run(() =>
            store.AppendAsync($"dev-{i % 40}", [.. Enumerable.Range(0, 10).Select(j => Number($"k{j % 3}", (i * 10) + j, j))], i)));

        var results = await Task.WhenAll(tasks);

        Assert.All(results, r => Assert.Equal(new AppendResult(10, 0), r));
        Assert.Equal(4000, _db.Scalar("SELECT count(*) FROM telemetry_raw"));
        Assert.Equal(4000, _db.Scalar("SELECT sum(cnt) FROM telemetry_day"));
        var stats = store.Stats;
        Assert.Equal(0, stats.PendingWrites);
        Assert.Equal(0, stats.PendingPoints);
        Assert.Equal(4000, stats.CommittedPoints);
        Assert.InRange(stats.CommittedBatches, 8, 400); // at most 500 points per commit
    }

    [Fact]
    public async Task AppendAsync_Completed_VisibleToNewConnectionWithoutDisposingStore()
    {
        var store = _db.CreateStore();
        await store.AppendAsync("d1", [Number("t", 1000, 42)], 1000);

        var other = new SqliteDatabase(_db.Database.FilePath);
        using var connection = _db.OpenUnpooled();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT r.num FROM telemetry_raw r JOIN telemetry_series s ON s.id = r.series_id WHERE s.device_id = 'd1'";
        Assert.Equal(42.0, command.ExecuteScalar());
        var fresh = _db.CreateStore(database: other);
        Assert.Equal(42, Assert.Single(await fresh.GetLatestAsync("d1")).Value.Number);
    }

    [Fact]
    public async Task DisposeAsync_WithQueuedWrites_FlushesThemFirst()
    {
        var store = _db.CreateStore();
        var pending = Enumerable.Range(0, 200).Select(i => store.AppendAsync("d1", [Number("t", i, i)], i)).ToArray();

        await store.DisposeAsync();

        Assert.All(pending, t => Assert.True(t.IsCompletedSuccessfully));
        Assert.Equal(200, _db.Scalar("SELECT count(*) FROM telemetry_raw"));
        await Assert.ThrowsAsync<ObjectDisposedException>(() => store.AppendAsync("d1", [Number("t", 999, 1)], 1));
    }

    [Fact]
    public async Task AppendAsync_BatchFails_FaultsOnlyItsCallersAndLaterAppendsWork()
    {
        var store = _db.CreateStore();
        await store.AppendAsync("d1", [Number("t", 1, 1)], 1);
        _db.Execute("CREATE TRIGGER provoke_failure BEFORE INSERT ON telemetry_raw WHEN NEW.ts = 666 BEGIN SELECT RAISE(ABORT, 'provoked'); END;");

        var bad = store.AppendAsync("bad", [Number("t", 5, 5), Number("t", 666, 1)], 1);
        var good = Enumerable.Range(0, 50).Select(i => store.AppendAsync($"good-{i}", [Number("t", 10, i)], 1)).ToArray();

        await Assert.ThrowsAnyAsync<Microsoft.Data.Sqlite.SqliteException>(() => bad);
        await Task.WhenAll(good);
        Assert.Equal(0, _db.Scalar("SELECT count(*) FROM telemetry_series WHERE device_id = 'bad'"));
        Assert.Equal(new AppendResult(1, 0), await store.AppendAsync("bad", [Number("t", 7, 7)], 2));
        Assert.Equal(52, _db.Scalar("SELECT count(*) FROM telemetry_raw"));
        Assert.Equal(0, store.Stats.PendingWrites);
    }

    [Fact]
    public async Task Stats_WritesQueuedBehindMaintenance_ReportPendingAndLag()
    {
        var store = _db.CreateStore();
        Assert.Equal(new TelemetryStoreStats(0, 0, 0, 0, 0), store.Stats);

        // Hold the writer inside an exclusive lock so appends stay queued.
        using var blocker = _db.OpenUnpooled();
        using (var begin = blocker.CreateCommand())
        {
            begin.CommandText = "BEGIN EXCLUSIVE";
            begin.ExecuteNonQuery();
        }

        var first = store.AppendAsync("d1", [Number("t", 1, 1), Number("t", 2, 2)], 1);
        _db.Time.Advance(TimeSpan.FromMilliseconds(250));
        var second = store.AppendAsync("d1", [Number("t", 3, 3)], 1);

        var stats = store.Stats;
        Assert.Equal(2, stats.PendingWrites);
        Assert.Equal(3, stats.PendingPoints);
        Assert.Equal(250, stats.OldestPendingMs);

        using (var rollback = blocker.CreateCommand())
        {
            rollback.CommandText = "ROLLBACK";
            rollback.ExecuteNonQuery();
        }

        await Task.WhenAll(first, second);
        Assert.Equal(0, store.Stats.PendingWrites);
        Assert.Equal(3, store.Stats.CommittedPoints);
    }
}
