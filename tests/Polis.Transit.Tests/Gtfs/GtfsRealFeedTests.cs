using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Tests.Gtfs;

/// <summary>
/// The four real feeds read completely: every data row of every file Polis reads, no error. The expected counts
/// were taken independently of Polis: `unzip -p FEED FILE | wc -l` minus the header line (every file ends with a
/// line feed except Caltrain's calendar.txt, whose last row has none, so there it is wc -l itself); no file has
/// blank lines or quoted line breaks (checked with grep and Python's csv module).
/// </summary>
public sealed class GtfsRealFeedTests
{
    public static TheoryData<string, string> Counts => new()
    {
        { RealFeeds.Bart, "agency.txt=2 stops.txt=46 routes.txt=11 trips.txt=1620 stop_times.txt=33270 calendar.txt=5 calendar_dates.txt=32 shapes.txt=105 frequencies.txt=6" },
        { RealFeeds.BullRunner, "agency.txt=1 stops.txt=125 routes.txt=6 trips.txt=15 stop_times.txt=473 calendar.txt=3 shapes.txt=1522 frequencies.txt=15" },
        { RealFeeds.Caltrain, "agency.txt=1 stops.txt=31 routes.txt=3 trips.txt=260 stop_times.txt=4712 calendar.txt=6 calendar_dates.txt=10 shapes.txt=2677" },
        { RealFeeds.IslandTransit, "agency.txt=1 stops.txt=410 routes.txt=23 trips.txt=584 stop_times.txt=14649 calendar.txt=6 calendar_dates.txt=18" },
    };

    [Theory]
    [MemberData(nameof(Counts))]
    public void Read_RealFeed_AcceptedWithEveryRow(string feedFile, string expected)
    {
        using var zip = RealFeeds.Open(feedFile);

        var result = GtfsZipReader.Read(zip, RealFeeds.Today);

        Assert.True(result.Accepted, string.Join("\n", result.Report.Notices.Where(n => n.Severity == GtfsSeverity.Error).SelectMany(n => n.SampleNotices.Take(3).Select(s => $"{n.Code}: {s.File}:{s.Row} {s.Message}"))));
        Assert.Equal(expected, string.Join(' ', result.Report.Summary.Files.Select(f => $"{f.File}={f.Rows}")));
        var feed = result.Feed;
        var counts = result.Report.Summary.Files.ToDictionary(f => f.File, f => f.Rows);
        Assert.Equal(counts["stop_times.txt"], feed.StopTimes.Count);
        Assert.Equal(counts["trips.txt"], feed.Trips.Count);
        Assert.Equal(counts.GetValueOrDefault("shapes.txt"), feed.ShapePoints.Count);
        Assert.NotNull(result.Report.Find(GtfsNoticeCodes.MissingRecommendedFile.Code)); // none of them has feed_info.txt
        Assert.Contains(result.Report.Notices, n => n.Code == GtfsNoticeCodes.UnknownFile.Code && n.SampleNotices.Any(s => s.File!.StartsWith("fare_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_Caltrain_QuotedCommasAndRawTimesKept()
    {
        using var zip = RealFeeds.Open(RealFeeds.Caltrain);

        var feed = GtfsZipReader.Read(zip, RealFeeds.Today).Feed;

        // stops.txt: San Francisco Caltrain,San Francisco Caltrain,"700 4th Street, San Francisco",37.7764393371,-122.394322993,1,
        var sf = feed.Stops.Single(s => s.Id == "San Francisco Caltrain");
        Assert.Equal(37.7764393371, sf.Latitude);
        Assert.Equal(-122.394322993, sf.Longitude);
        // stop_times.txt, first data row: 10101272009,5:52:00,5:52:00,22nd Street Caltrain,21,,0,0,
        var first = feed.StopTimes[0];
        Assert.Equal(("10101272009", 21, "22nd Street Caltrain", 5 * 3600 + 52 * 60), (first.TripId, first.StopSequence, first.StopId, first.ArrivalSeconds!.Value));
        // Ids repeated across rows are one shared string, not one per row.
        Assert.Same(feed.StopTimes[0].TripId, feed.StopTimes[1].TripId);
        Assert.Same(feed.Trips.Single(t => t.Id == "10101272009").Id, feed.StopTimes[0].TripId);
    }

    [Fact]
    public void Read_BullRunner_PaddedHeaderTrimmedAndExpiredCalendarOnlyWarned()
    {
        using var zip = RealFeeds.Open(RealFeeds.BullRunner);

        // frequencies.txt's header is "trip_id,start_time,end_time,headway_secs, exact_times"; the calendar ends in 2020.
        var result = GtfsZipReader.Read(zip, new DateOnly(2026, 1, 1));

        Assert.True(result.Accepted);
        Assert.All(result.Feed.Frequencies, f => Assert.False(f.ExactTimes));
        Assert.Equal(600, result.Feed.Frequencies[0].HeadwaySeconds);
        var expired = result.Report.Find(GtfsNoticeCodes.ExpiredCalendar.Code);
        Assert.Equal((GtfsSeverity.Warning, 3), (expired!.Severity, expired.TotalNotices));
    }
}
