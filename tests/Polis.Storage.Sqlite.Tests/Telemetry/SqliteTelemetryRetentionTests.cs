using Polis.Platform.Telemetry;
using static Polis.Storage.Sqlite.Tests.Telemetry.TelemetryTestDatabase;

namespace Polis.Storage.Sqlite.Tests.Telemetry;

public sealed class SqliteTelemetryRetentionTests : IAsyncLifetime
{
    private const long Minute = 60_000;
    private const long Hour = 3_600_000;
    private const long Day = 86_400_000;

    private readonly TelemetryTestDatabase _db = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _db.DisposeAsync();

    [Fact]
    public async Task ApplyRetentionAsync_PerTierRetention_DeletesOnlyOlderRows()
    {
        var options = new TelemetryOptions
        {
            RawRetention = TimeSpan.FromDays(1),
            MinuteRetention = TimeSpan.FromDays(3),
            HourRetention = TimeSpan.FromDays(10),
            DayRetention = null,
        };
        var store = _db.CreateStore(options);
        var now = _db.Time.GetUtcNow().ToUnixTimeMilliseconds();

        // One point every 17 minutes over 20 days, for two devices and two keys.
        var points = Enumerable.Range(0, (int)(20 * Day / (17 * Minute))).Select(i => now - (i * 17 * Minute) - 1).ToList();
        foreach (var device in new[] { "d1", "d2" })
        {
            await store.AppendAsync(device, [.. points.Select(ts => Number("a", ts, 1)), .. points.Select(ts => Number("b", ts, 2))], now);
        }

        var before = CountAll();
        var removed = await store.ApplyRetentionAsync(now);

        Assert.Equal(0, _db.Scalar($"SELECT count(*) FROM telemetry_raw WHERE ts < {now - Day}"));
        Assert.Equal(4 * points.Count(ts => ts >= now - Day), _db.Scalar("SELECT count(*) FROM telemetry_raw"));
        AssertTier("telemetry_minute", Minute, now - (3 * Day), points);
        AssertTier("telemetry_hour", Hour, now - (10 * Day), points);
        AssertTier("telemetry_day", Day, long.MinValue, points);
        Assert.Equal(before - CountAll(), removed);
        Assert.Equal(4, _db.Scalar("SELECT count(*) FROM telemetry_latest"));
    }

    [Fact]
    public async Task ApplyRetentionAsync_MoreExpiredRowsThanOneChunk_DeletesAllAndAppendsStillWork()
    {
        var store = _db.CreateStore(new TelemetryOptions { RawRetention = TimeSpan.FromHours(1), MinuteRetention = null, HourRetention = null });
        var now = _db.Time.GetUtcNow().ToUnixTimeMilliseconds();
        await store.AppendAsync("d1", [.. Enumerable.Range(0, 12_345).Select(i => Number("t", now - Day + i, i))], now);
        await store.AppendAsync("d1", [Number("t", now - 1, -1)], now);

        var retention = store.ApplyRetentionAsync(now);
        var during = store.AppendAsync("d2", [Number("t", now - 2, 5)], now);
        Assert.Equal(12_345, await retention);
        await during;

        Assert.Equal(2, _db.Scalar("SELECT count(*) FROM telemetry_raw"));
        Assert.Equal(12_346, _db.Scalar("SELECT sum(cnt) FROM telemetry_minute WHERE series_id = (SELECT id FROM telemetry_series WHERE device_id = 'd1')"));
        Assert.Equal(0, await store.ApplyRetentionAsync(now));
    }

    private long CountAll() => _db.Scalar(
        "SELECT (SELECT count(*) FROM telemetry_raw) + (SELECT count(*) FROM telemetry_minute) + (SELECT count(*) FROM telemetry_hour) + (SELECT count(*) FROM telemetry_day)");

    /// <summary>Buckets that end at or before the cutoff are gone; every bucket still overlapping it remains.</summary>
    private void AssertTier(string table, long length, long cutoff, List<long> points)
    {
        var expected = points.Select(ts => ExpectedAggregates.Floor(ts, length)).Distinct().Count(start => start + length > cutoff);
        Assert.Equal(4 * expected, _db.Scalar($"SELECT count(*) FROM {table}"));
        Assert.Equal(0, _db.Scalar($"SELECT count(*) FROM {table} WHERE bucket_start + {length} <= {cutoff}"));
    }
}
