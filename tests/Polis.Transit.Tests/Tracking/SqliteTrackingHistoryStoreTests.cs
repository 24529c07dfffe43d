using Microsoft.Data.Sqlite;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Transit;
using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Tracking;

/// <summary>The tracking history in a real SQLite file.</summary>
public sealed class SqliteTrackingHistoryStoreTests : IDisposable
{
    private static readonly DateTimeOffset s_at = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-tracking-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteTrackingHistoryStore _store;

    public SqliteTrackingHistoryStoreTests()
    {
        var database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        database.Migrate();
        _store = new SqliteTrackingHistoryStore(database);
    }

    [Fact]
    public async Task AppendAsync_StopEvents_QueryableByRouteStopAndTimeRange()
    {
        await _store.AppendAsync(Batch(events:
        [
            Event("M", "S1", s_at, "bus-1"),
            Event("M", "S2", s_at.AddMinutes(2), "bus-1"),
            Event("N", "S2", s_at.AddMinutes(3), "bus-2"),
            Event("M", "S1", s_at.AddHours(2), "bus-3"),
        ]));

        var routeM = await _store.ListStopEventsAsync(new StopEventQuery(s_at, s_at.AddHours(1), RouteId: "M"));
        var stopS2 = await _store.ListStopEventsAsync(new StopEventQuery(s_at, s_at.AddHours(1), StopId: "S2"));
        var all = await _store.ListStopEventsAsync(new StopEventQuery(s_at.AddMinutes(1), s_at.AddDays(1)));

        Assert.Equal(["S1", "S2"], routeM.Select(e => e.StopId));
        Assert.Equal(["M", "N"], stopS2.Select(e => e.RouteId));
        Assert.Equal(["bus-1", "bus-2", "bus-3"], all.Select(e => e.VehicleId));
        var first = routeM[0];
        Assert.Equal(Event("M", "S1", s_at, "bus-1"), first);
        Assert.Equal(60, first.ArrivalDelaySeconds);
    }

    [Fact]
    public async Task AppendAsync_SameStopEventTwice_KeptOnce()
    {
        var once = Event("M", "S1", s_at, "bus-1");

        await _store.AppendAsync(Batch(events: [once]));
        await _store.AppendAsync(Batch(events: [once]));

        Assert.Single(await _store.ListStopEventsAsync(new StopEventQuery(s_at.AddDays(-1), s_at.AddDays(1))));
    }

    [Fact]
    public async Task AppendAsync_AggregatesInTwoBatches_MergedAsIfObservedTogether()
    {
        var key = new SegmentKey("M", "S1", "S2", DayType.Weekday, 8);
        double[] first = [100, 110, 130];
        double[] second = [90, 150];
        await _store.AppendAsync(Batch(segments: [new SegmentStatistics(key, Stats(first))], dwells: [new DwellStatistics(new DwellKey("M", "S1", DayType.Saturday, 9), Stats([20, 40]))]));
        await _store.AppendAsync(Batch(segments: [new SegmentStatistics(key, Stats(second))]));

        var (segments, dwells) = await _store.LoadStatisticsAsync();

        var all = Stats([.. first, .. second]);
        var stored = Assert.Single(segments);
        Assert.Equal(key, stored.Key);
        Assert.Equal(5, stored.Stats.Count);
        Assert.Equal(all.Mean, stored.Stats.Mean, 9);
        Assert.Equal(all.Variance, stored.Stats.Variance, 9);
        Assert.Equal(30, Assert.Single(dwells).Stats.Mean, 9);
    }

    [Fact]
    public async Task AppendAsync_Accuracy_MergedPerRouteDayAndBucket()
    {
        var day = new DateOnly(2026, 3, 10);
        await _store.AppendAsync(Batch(accuracy: [new AccuracyTally("M", day, 1, Counts(10, 200))]));
        await _store.AppendAsync(Batch(accuracy: [new AccuracyTally("M", day, 1, Counts(-100)), new AccuracyTally("N", day, 0, Counts(5))]));

        var routeM = await _store.ListAccuracyAsync(day, day, "M");
        var both = await _store.ListAccuracyAsync(day.AddDays(-1), day);
        var none = await _store.ListAccuracyAsync(day.AddDays(1), day.AddDays(2));

        var tally = Assert.Single(routeM);
        Assert.Equal((3L, 1L, 1L, 1L), (tally.Counts.Count, tally.Counts.Accurate, tally.Counts.Early, tally.Counts.Late));
        Assert.Equal(310 / 3.0, tally.Counts.MeanAbsoluteErrorSeconds, 9);
        Assert.Equal(210, tally.Counts.AbsoluteErrorPercentile(0.9));
        Assert.Equal(2, both.Count);
        Assert.Empty(none);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    private static AccuracyCounts Counts(params double[] errors)
    {
        var counts = new AccuracyCounts();
        foreach (var error in errors)
        {
            counts.Add(new PredictionScore(1, error, EtaBands.Judge(1, error)));
        }

        return counts;
    }

    private static RunningStats Stats(double[] values) => values.Aggregate(default(RunningStats), (s, v) => s.Add(v));

    private static StopEvent Event(string route, string stop, DateTimeOffset arrival, string vehicle) =>
        new(1, $"T-{route}@20260310T28800", $"T-{route}", route, 0, stop, stop[^1] - '0', new DateOnly(2026, 3, 10), vehicle,
            arrival.AddMinutes(-1), arrival, arrival, arrival.AddSeconds(20), false);

    private static TrackingHistoryBatch Batch(
        IReadOnlyList<StopEvent>? events = null, IReadOnlyList<SegmentStatistics>? segments = null, IReadOnlyList<DwellStatistics>? dwells = null, IReadOnlyList<AccuracyTally>? accuracy = null) =>
        new(events ?? [], segments ?? [], dwells ?? [], accuracy ?? []);
}
