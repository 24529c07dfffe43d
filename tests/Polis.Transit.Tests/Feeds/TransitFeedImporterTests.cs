using Polis.Transit.Feeds;
using Polis.Transit.Gtfs.Validation;
using Polis.Transit.Tests.Gtfs;

namespace Polis.Transit.Tests.Feeds;

/// <summary>Read → validate → refuse, or store and activate; a refused feed leaves nothing behind.</summary>
public sealed class TransitFeedImporterTests : IDisposable
{
    private static readonly string[] RowTables =
        ["transit_agencies", "transit_stops", "transit_routes", "transit_trips", "transit_stop_times", "transit_calendars", "transit_calendar_dates", "transit_shape_points", "transit_frequencies", "transit_feed_info"];

    private readonly TransitStoreFixture _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Import_RealFeed_ActiveVersionWithCountsAndReport()
    {
        var result = await _db.ImportAsync(RealFeeds.IslandTransit);

        Assert.Equal(TransitFeedImportOutcome.Imported, result.Outcome);
        var version = result.Version!;
        Assert.Equal((TransitFeedStatus.Active, RealFeeds.IslandTransit), (version.Status, version.FileName));
        Assert.Equal(14649, version.RowCounts["stop_times.txt"]);
        Assert.Equal(64, version.Sha256.Length);
        Assert.Equal(result.Report.Summary.Warnings, version.Warnings);
        Assert.Equal(14649, _db.Count("transit_stop_times"));
    }

    [Theory]
    [InlineData("bad references")]
    [InlineData("not a zip")]
    [InlineData("latin-1")]
    [InlineData("missing file")]
    [InlineData("missing column")]
    [InlineData("decreasing stop times")]
    [InlineData("bad time")]
    public async Task Import_RefusedFeed_NothingStored(string broken)
    {
        var previous = (await _db.ImportAsync(RealFeeds.BullRunner)).Version!;
        using var zip = broken switch
        {
            "bad references" => GtfsZip.Valid().Replace("trips.txt", "R1,WK,T2", "R9,WK,T2").ToStream(),
            "not a zip" => new MemoryStream("PK\u0003\u0004 definitely not a zip"u8.ToArray()),
            "latin-1" => GtfsZip.Valid().With("stops.txt", System.Text.Encoding.Latin1.GetBytes("stop_id,stop_name,stop_lat,stop_lon\nS1,Øst,55.6761,12.5683\n")).ToStream(),
            "missing file" => GtfsZip.Valid().Without("routes.txt").ToStream(),
            "missing column" => GtfsZip.Valid().Replace("stops.txt", "stop_id,", "id,").ToStream(),
            "decreasing stop times" => GtfsZip.Valid().Replace("stop_times.txt", "T1,08:07:00,08:07:00", "T1,08:01:00,08:01:00").ToStream(),
            _ => GtfsZip.Valid().Replace("stop_times.txt", "T2,09:00:00", "T2,9h00").ToStream(),
        };

        var result = await _db.Importer.ImportAsync(zip, "broken.zip");

        Assert.Equal(TransitFeedImportOutcome.Refused, result.Outcome);
        Assert.Null(result.Version);
        Assert.True(result.Report.HasErrors);
        Assert.Equal(broken == "not a zip", result.IsUnreadableZip);
        Assert.Equal([previous.Id], (await _db.Store.ListAsync()).Select(v => v.Id));
        Assert.Equal(1, _db.Count("transit_feeds"));
        Assert.Equal(473, _db.Count("transit_stop_times"));
    }

    [Fact]
    public async Task Import_SameBytesTwice_SecondIsAlreadyActive()
    {
        var first = await _db.ImportAsync(RealFeeds.Caltrain);

        var second = await _db.ImportAsync(RealFeeds.Caltrain);

        Assert.Equal(TransitFeedImportOutcome.AlreadyActive, second.Outcome);
        Assert.Equal(first.Version!.Id, second.Version!.Id);
        Assert.Equal(first.Report.Summary.Warnings, second.Report.Summary.Warnings);
        Assert.Equal(first.Report.Notices.Select(n => n.Code), second.Report.Notices.Select(n => n.Code));
        Assert.Single(await _db.Store.ListAsync());
    }

    [Fact]
    public async Task Import_FeedWithWarnings_AcceptedAndReported()
    {
        using var zip = GtfsZip.Valid().Append("stops.txt", "S4,Lonely,55.69,12.58").Without("feed_info.txt").ToStream();

        var result = await _db.Importer.ImportAsync(zip, "warnings.zip");

        Assert.Equal(TransitFeedImportOutcome.Imported, result.Outcome);
        Assert.Equal(["missing_recommended_file", "stop_without_stop_time"], result.Report.Notices.Select(n => n.Code));
        Assert.All(result.Report.Notices, n => Assert.Equal(GtfsSeverity.Warning, n.Severity));
        Assert.Equal(2, result.Version!.Warnings);
    }
}
