using Polis.Transit.Feeds;
using Polis.Transit.Gtfs.Reading;

namespace Polis.Transit.Tests.Feeds;

/// <summary>Feed versions in a real SQLite file: rows round-trip exactly, versions replace and retire, leftovers go.</summary>
public sealed class SqliteTransitFeedStoreTests : IDisposable
{
    private static readonly string[] RowTables =
        ["transit_agencies", "transit_stops", "transit_routes", "transit_trips", "transit_stop_times", "transit_calendars", "transit_calendar_dates", "transit_shape_points", "transit_frequencies", "transit_feed_info"];

    private readonly TransitStoreFixture _db = new(new TransitFeedOptions { WriteChunkRows = 1000 });

    public void Dispose() => _db.Dispose();

    private static TransitFeedDraft Draft(string name) => new(name, new string('0', 64), null, new Dictionary<string, int>(), 0, 0, "{}");

    [Theory]
    [InlineData(RealFeeds.Caltrain)]
    [InlineData(RealFeeds.BullRunner)]
    public async Task AddActivateLoad_RealFeed_EveryRowBackInOrder(string feedFile)
    {
        await using var zip = RealFeeds.Open(feedFile);
        var parsed = GtfsZipReader.Read(zip, RealFeeds.Today).Feed;

        var version = await _db.Store.AddAsync(Draft(feedFile), parsed);
        Assert.Equal(TransitFeedStatus.Importing, version.Status);
        Assert.Null(await _db.Store.LoadAsync(version.Id)); // invisible until activated
        Assert.Empty(await _db.Store.ListAsync());
        await _db.Store.ActivateAsync(version.Id);
        var loaded = (await _db.Store.LoadAsync(version.Id))!;

        Assert.Equal(parsed.Agencies, loaded.Agencies);
        Assert.Equal(parsed.Stops, loaded.Stops);
        Assert.Equal(parsed.Routes, loaded.Routes);
        Assert.Equal(parsed.Trips, loaded.Trips);
        Assert.Equal(parsed.StopTimes, loaded.StopTimes);
        Assert.Equal(parsed.Calendars, loaded.Calendars);
        Assert.Equal(parsed.CalendarDates, loaded.CalendarDates);
        Assert.Equal(parsed.ShapePoints, loaded.ShapePoints);
        Assert.Equal(parsed.Frequencies, loaded.Frequencies);
        Assert.Same(loaded.Trips[0].Id, loaded.StopTimes.First(st => st.TripId == loaded.Trips[0].Id).TripId);
    }

    [Fact]
    public async Task AddActivateLoad_NonAsciiText_RoundTrips()
    {
        using var zip = Gtfs.GtfsZip.Valid().Replace("stops.txt", "S2,Market,", "S2,\"Nørreport – Øst 🚏, \"\"nord\"\"\",").ToStream();
        var parsed = GtfsZipReader.Read(zip, Gtfs.GtfsZip.Today).Feed;

        var version = await _db.Store.AddAsync(Draft("unicode.zip"), parsed);
        await _db.Store.ActivateAsync(version.Id);

        Assert.Equal("Nørreport – Øst 🚏, \"nord\"", (await _db.Store.LoadAsync(version.Id))!.Stops[1].Name);
        Assert.Equal(parsed.Stops, (await _db.Store.LoadAsync(version.Id))!.Stops);
    }

    [Fact]
    public async Task Activate_SecondFeed_FirstRetiredListedAndStillReadable()
    {
        var first = (await _db.ImportAsync(RealFeeds.Caltrain)).Version!;
        _db.Time.Advance(TimeSpan.FromMinutes(1));
        var second = (await _db.ImportAsync(RealFeeds.BullRunner)).Version!;

        var list = await _db.Store.ListAsync();
        Assert.Equal([(second.Id, TransitFeedStatus.Active), (first.Id, TransitFeedStatus.Retired)], list.Select(v => (v.Id, v.Status)));
        Assert.Equal(second.Id, (await _db.Store.GetActiveAsync())!.Id);
        Assert.Equal(4712, (await _db.Store.LoadAsync(first.Id))!.StopTimes.Count);
        Assert.Equal(4712, list[1].RowCounts["stop_times.txt"]);
        Assert.NotNull(await _db.Store.GetReportJsonAsync(first.Id));
    }

    [Fact]
    public async Task Delete_ActiveRefusedRetiredRemovedWithItsRows()
    {
        var first = (await _db.ImportAsync(RealFeeds.Caltrain)).Version!;
        var second = (await _db.ImportAsync(RealFeeds.BullRunner)).Version!;

        Assert.Equal(TransitFeedDeletion.Active, await _db.Store.DeleteAsync(second.Id));
        Assert.Equal(TransitFeedDeletion.Deleted, await _db.Store.DeleteAsync(first.Id));
        Assert.Equal(TransitFeedDeletion.NotFound, await _db.Store.DeleteAsync(first.Id));

        Assert.Equal([second.Id], (await _db.Store.ListAsync()).Select(v => v.Id));
        Assert.Equal(473, _db.Count("transit_stop_times")); // Bull Runner's only
    }

    [Fact]
    public async Task RemoveAbandoned_ImportThatStoppedWriting_RemovedButALiveOneKept()
    {
        await using var zip = RealFeeds.Open(RealFeeds.Caltrain);
        var feed = GtfsZipReader.Read(zip, RealFeeds.Today).Feed;
        var crashed = await _db.Store.AddAsync(Draft("crashed.zip"), feed); // never activated: the process died here
        _db.Time.Advance(TimeSpan.FromMinutes(10));
        var live = await _db.Store.AddAsync(Draft("live.zip"), feed);

        var removed = await _db.Store.RemoveAbandonedAsync(_db.Time.GetUtcNow() - TimeSpan.FromMinutes(2));

        Assert.Equal(1, removed);
        Assert.Null(await _db.Store.GetAsync(crashed.Id));
        Assert.Equal(TransitFeedStatus.Importing, (await _db.Store.GetAsync(live.Id))!.Status);
        Assert.Equal(feed.StopTimes.Count, _db.Count("transit_stop_times"));
    }

    [Fact]
    public async Task Add_CancelledHalfWay_NothingLeft()
    {
        await using var zip = RealFeeds.Open(RealFeeds.Caltrain);
        var feed = GtfsZipReader.Read(zip, RealFeeds.Today).Feed;
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress<Polis.Transit.Gtfs.GtfsImportProgress>(p =>
        {
            if (p.Rows >= 2000)
            {
                cancel.Cancel();
            }
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => _db.Store.AddAsync(Draft("cancelled.zip"), feed, progress, cancel.Token));

        Assert.All(RowTables, t => Assert.Equal(0, _db.Count(t)));
        Assert.Equal(0, _db.Count("transit_feeds"));
    }

    [Fact]
    public async Task Activate_NotImporting_Null()
    {
        var version = (await _db.ImportAsync(RealFeeds.BullRunner)).Version!;

        Assert.Null(await _db.Store.ActivateAsync(version.Id)); // already active
        Assert.Null(await _db.Store.ActivateAsync(12345));
        Assert.Equal(version.Id, (await _db.Store.GetActiveAsync())!.Id);
    }
}
