using Polis.Platform.Telemetry;
using Polis.Storage.Sqlite.Telemetry;
using static Polis.Storage.Sqlite.Tests.Telemetry.TelemetryTestDatabase;

namespace Polis.Storage.Sqlite.Tests.Telemetry;

public sealed class SqliteTelemetryRollupTests : IAsyncLifetime
{
    private const long Minute = 60_000;
    private const long Hour = 3_600_000;
    private const long Day = 86_400_000;
    private const long Origin = 1_699_990_000_000; // not aligned to any tier
    private static readonly string[] Devices = ["dev-a", "dev-b", "dev-c"];

    private readonly TelemetryTestDatabase _db = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync() => _db.DisposeAsync();

    [Theory]
    [InlineData(RollupTier.Minute, "telemetry_minute")]
    [InlineData(RollupTier.Hour, "telemetry_hour")]
    [InlineData(RollupTier.Day, "telemetry_day")]
    public async Task AppendAsync_RandomPointsAcrossBuckets_StoredRollupsEqualRawAggregates(RollupTier tier, string table)
    {
        var store = _db.CreateStore(new TelemetryOptions { MaxPointsPerCommit = 700 });
        await AppendRandomAsync(store, seed: 7);

        foreach (var device in Devices)
        {
            var raw = await ReadRawAsync(store, device);
            var expected = ExpectedAggregates.Compute(raw, LengthOf(tier));
            Assert.True(expected.Count > 2, "the data must span several buckets");
            ExpectedAggregates.AssertEqual(expected, _db.ReadRollups(table, device, "v"));
        }
    }

    [Theory]
    [InlineData(RollupTier.Raw, 5 * Minute)]
    [InlineData(RollupTier.Minute, Minute)]
    [InlineData(RollupTier.Minute, 15 * Minute)]
    [InlineData(RollupTier.Hour, Hour)]
    [InlineData(RollupTier.Hour, Day)]
    [InlineData(RollupTier.Hour, 6 * Hour)]
    [InlineData(RollupTier.Day, Day)]
    [InlineData(RollupTier.Day, 2 * Day)]
    public async Task AggregateAsync_SeveralDevicesAndTierMultiples_EqualsAggregateOfRaw(RollupTier source, long interval)
    {
        var store = _db.CreateStore();
        await AppendRandomAsync(store, seed: 11);
        var all = new List<(long Ts, double Value)>();
        foreach (var device in Devices)
        {
            all.AddRange(await ReadRawAsync(store, device));
        }

        // A window aligned to the interval, cutting the data at both ends.
        var from = ExpectedAggregates.Floor(Origin + Day, 2 * Day);
        var to = from + (2 * Day);
        var expected = ExpectedAggregates.Compute(all.Where(p => p.Ts >= from && p.Ts < to), interval);

        var actual = await store.AggregateAsync(new AggregateRequest(source, Devices, "v", from, to, interval));

        Assert.NotEmpty(expected);
        ExpectedAggregates.AssertEqual(expected, actual);
    }

    [Fact]
    public async Task AggregateAsync_IntervalNotMultipleOfTier_Throws()
    {
        var store = _db.CreateStore();

        await Assert.ThrowsAsync<ArgumentException>(() => store.AggregateAsync(new AggregateRequest(RollupTier.Hour, Devices, "v", 0, Day, 90 * Minute)));
    }

    [Fact]
    public async Task AggregateAsync_TimesBeforeEpoch_BucketsAlignedByFloor()
    {
        var store = _db.CreateStore();
        await store.AppendAsync("d", [Number("v", -30_000, 1), Number("v", -90_000, 2), Number("v", 10_000, 3)], 0);

        var minutes = await store.AggregateAsync(new AggregateRequest(RollupTier.Minute, ["d"], "v", -Day, Day, Minute));

        Assert.Equal([-120_000L, -60_000, 0], minutes.Select(b => b.Start));
        Assert.Equal([-120_000L, -60_000, 0], _db.ReadRollups("telemetry_minute", "d", "v").Select(b => b.Start));
    }

    private static long LengthOf(RollupTier tier) => tier switch
    {
        RollupTier.Minute => Minute,
        RollupTier.Hour => Hour,
        _ => Day,
    };

    /// <summary>
    /// ~3 days of points per device in shuffled, concurrent appends with duplicate timestamps. Each
    /// device's timestamps have their own residue mod 3, so "last" never ties across devices.
    /// </summary>
    private static async Task AppendRandomAsync(SqliteTelemetryStore store, int seed)
    {
        var random = new Random(seed);
        var appends = new List<Task>();
        for (var d = 0; d < Devices.Length; d++)
        {
            var points = Enumerable.Range(0, 1500)
                .Select(_ => Number("v", Origin + (random.NextInt64(0, 3 * Day / 3) * 3) + d, Math.Round((random.NextDouble() * 200) - 100, 3)))
                .ToList();
            points.AddRange(points.Take(100).Select(p => Number("v", p.Timestamp, 12345))); // duplicates, must be ignored
            for (var i = 0; i < points.Count; i += 97)
            {
                var chunk = points.GetRange(i, Math.Min(97, points.Count - i));
                var device = Devices[d];
                appends.Add(Task.Run(() => store.AppendAsync(device, chunk, 0)));
            }
        }

        await Task.WhenAll(appends);
    }

    private static async Task<List<(long Ts, double Value)>> ReadRawAsync(SqliteTelemetryStore store, string device)
    {
        var raw = await store.GetRawAsync(device, "v", long.MinValue, long.MaxValue, int.MaxValue, newestFirst: false);
        return [.. raw.Select(p => (p.Timestamp, p.Value.Number))];
    }
}
