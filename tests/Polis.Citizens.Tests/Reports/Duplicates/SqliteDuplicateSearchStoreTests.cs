using Polis.Citizens.Reports.Duplicates;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;
using Polis.Platform.Devices;
using Polis.Storage.Sqlite.Citizens;

namespace Polis.Citizens.Tests.Reports.Duplicates;

/// <summary>Duplicate search on a real SQLite file: the box pre-filter from the index, then the haversine radius and the rules.</summary>
public sealed class SqliteDuplicateSearchStoreTests : IDisposable
{
    // Copenhagen, Rådhuspladsen: 0.001° of latitude is 111 m; 0.001° of longitude at 55.675° is 63 m.
    private static readonly GeoPoint Here = new(12.5683, 55.6761);
    private readonly ReportsDatabase _db = new();
    private readonly DuplicateSearch _search;

    public SqliteDuplicateSearchStoreTests() =>
        _search = new DuplicateSearch(new DuplicateFinder(DuplicateRules.Standard), new SqliteDuplicateSearchStore(_db.Database));

    [Fact]
    public async Task Candidates_OpenSameServiceWithinRadiusAndWindow_NearestFirst()
    {
        var at20m = await AddAsync(55.6761 + 0.00018, 12.5683);                      // 20.0 m north
        var at39m = await AddAsync(55.6761, 12.5683 + 0.00063);                      // 39.5 m east
        var at46m = await AddAsync(55.6761 + 0.0003, 12.5683 + 0.0005);              // 33.4 m north, 31.3 m east: 45.8 m
        await AddAsync(55.6761 + 0.0005, 12.5683);                                   // 55.6 m north: beyond the radius
        await AddAsync(55.6761, 12.5683, service: "graffiti");                       // another service
        await AddAsync(55.6761, 12.5683, status: ReportStatus.Fixed);                // closed
        await AddAsync(55.6761, 12.5683, at: ReportsDatabase.Start.AddDays(-31));    // before the 30-day window

        var found = await _search.CandidatesAsync("pothole", Here, ReportsDatabase.Start.AddHours(1), null);

        Assert.Equal([at20m, at39m, at46m], found.Select(f => f.Report.Id));
        Assert.Equal([20.0, 39.5, 45.8], found.Select(f => Math.Round(f.DistanceMetres, 1)));
    }

    [Fact]
    public async Task Candidates_BoxCornerBeyondTheRadius_LeftOutByHaversine()
    {
        // 45 m north and 45 m east: inside the 50 m box, but 63.6 m away.
        await AddAsync(55.6761 + 0.000405, 12.5683 + 0.000716);
        var store = new SqliteDuplicateSearchStore(_db.Database);
        var box = GreatCircle.BoxAround(Here, 50);
        Assert.Single(await store.OpenInBoxAsync("pothole", box, ReportsDatabase.Start.AddDays(-30), ReportsDatabase.Start.AddHours(1), 100));
        Assert.Empty(await _search.CandidatesAsync("pothole", Here, ReportsDatabase.Start.AddHours(1), null));
    }

    [Fact]
    public async Task Candidates_ExcludingTheReportItself_AndNotLaterReports()
    {
        var first = await AddAsync(55.6761, 12.5683);
        var second = await AddAsync(55.6761, 12.5683, at: ReportsDatabase.Start.AddHours(2));
        var forSecond = await _search.CandidatesAsync("pothole", Here, ReportsDatabase.Start.AddHours(2), second);
        Assert.Equal([first], forSecond.Select(f => f.Report.Id));
        Assert.Empty(await _search.CandidatesAsync("pothole", Here, ReportsDatabase.Start, first));
    }

    [Fact]
    public void BoxQuery_ThePlaceIndex_ARangeOnLatitudeNotAScan()
    {
        using var connection = _db.Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "EXPLAIN QUERY PLAN SELECT id FROM citizens_reports INDEXED BY ix_citizens_reports_place WHERE service_code = 'pothole' AND is_open = 1 " +
            "AND latitude BETWEEN 55.1 AND 55.2 AND longitude BETWEEN 12.1 AND 12.2 AND requested_at BETWEEN 0 AND 1";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Contains("ix_citizens_reports_place (service_code=? AND is_open=? AND latitude>? AND latitude<?)", reader.GetString(3), StringComparison.Ordinal);
    }

    private async Task<long> AddAsync(double lat, double lon, string service = "pothole", ReportStatus status = ReportStatus.Submitted, DateTimeOffset? at = null) =>
        (await _db.Reports.CreateAsync(ReportsDatabase.NewReport(service, at, status) with { Latitude = lat, Longitude = lon }, "t")).Id;

    public void Dispose() => _db.Dispose();
}
