using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Transit;
using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Planning;

/// <summary>Streaming stop events for reports: the SQLite store's query, and the paging fallback other stores get.</summary>
public sealed class StopEventStreamTests : IDisposable
{
    private static readonly DateTimeOffset s_at = new(2026, 3, 10, 8, 0, 0, TimeSpan.Zero);
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-planning-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task StreamStopEventsAsync_Sqlite_AllInTheWindowOldestFirstOptionallyOneRoute()
    {
        var database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        database.Migrate();
        var store = new SqliteTrackingHistoryStore(database);
        // Written out of order, as batches of several vehicles are.
        StopEvent[] events = [Event("M", 3, 90), Event("N", 1, 30), Event("M", 1, 0), Event("M", 2, 30), Event("N", 2, 3600), Event("M", 4, -1)];
        await store.AppendAsync(new TrackingHistoryBatch(events, [], [], []));

        var all = await store.StreamStopEventsAsync(s_at, s_at.AddHours(1)).ToListAsync();
        var routeM = await store.StreamStopEventsAsync(s_at, s_at.AddHours(1), "M").ToListAsync();

        Assert.Equal([("M", 1), ("N", 1), ("M", 2), ("M", 3)], all.Select(e => (e.RouteId, e.StopSequence)));
        Assert.Equal([1, 2, 3], routeM.Select(e => e.StopSequence));
        Assert.Equal(events[2], routeM[0]);
    }

    [Fact]
    public async Task StreamStopEventsAsync_DefaultPaging_EveryEventOnceAcrossPagesSharingAnInstant()
    {
        // 9,000 events at one instant straddle the first page's end (the fallback pages 10,000 at a time).
        var events = Enumerable.Range(0, 25_003).Select(i => Event("M", i, i < 5_000 ? i : i < 14_000 ? 5_000 : i - 9_000)).ToList();
        ITrackingHistoryStore store = new ListOnlyStore(events);

        var streamed = await store.StreamStopEventsAsync(s_at, s_at.AddDays(1)).ToListAsync();

        Assert.Equal(events.Select(e => e.StopSequence), streamed.Select(e => e.StopSequence));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static StopEvent Event(string route, int sequence, int seconds) => new(1, $"{route}-run", "trip", route, 0, $"S{sequence}", sequence,
        new DateOnly(2026, 3, 10), "bus-1", s_at, s_at, s_at.AddSeconds(seconds), s_at.AddSeconds(seconds + 20), false);

    /// <summary>A store that can only list (as another implementation might), so the interface's streaming fallback runs.</summary>
    private sealed class ListOnlyStore(List<StopEvent> events) : ITrackingHistoryStore
    {
        public Task<IReadOnlyList<StopEvent>> ListStopEventsAsync(StopEventQuery query, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<StopEvent>>([.. events.Where(e => e.Time >= query.From && e.Time < query.To).Take(query.Limit)]);

        public Task AppendAsync(TrackingHistoryBatch batch, CancellationToken cancellationToken = default) => throw new NotSupportedException();

        public Task<(IReadOnlyList<SegmentStatistics> Segments, IReadOnlyList<DwellStatistics> Dwells)> LoadStatisticsAsync(CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<AccuracyTally>> ListAccuracyAsync(DateOnly from, DateOnly to, string? routeId = null, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();
    }
}
