using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Transit;
using Polis.Transit.Planning;
using Polis.Transit.Planning.Api;
using Polis.Transit.Tests.Tracking;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;
using static Polis.Transit.Tests.Planning.PlanningEvents;

namespace Polis.Transit.Tests.Planning;

/// <summary>The report endpoints' handlers over a real SQLite history: JSON, CSV (parsed back) and problem details.</summary>
public sealed class PlanningReportEndpointsTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-reports-" + Guid.NewGuid().ToString("N"));
    private readonly SqliteTrackingHistoryStore _store;
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 12, 12, 0, 0, TimeSpan.Zero));
    private readonly TransitPlanningService _planning;

    public PlanningReportEndpointsTests()
    {
        var database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        database.Migrate();
        _store = new SqliteTrackingHistoryStore(database);
        _planning = new TransitPlanningService(_store, Options.Create(new PlanningOptions()), Options.Create(new TrackingOptions()), _clock,
            NullLogger<TransitPlanningService>.Instance);
    }

    [Fact]
    public async Task GetBunchingAsync_Json_TheStoredEventsAnalysed()
    {
        await StoreLateBusAsync();

        var result = await BunchingAsync(Query());

        var report = Assert.IsType<Ok<BunchingReport>>(result.Result).Value!;
        Assert.Equal((8L, 4L, 4L), (report.IncidentCount, report.Network.Bunched, report.Network.Gaps));
        Assert.Equal((Tuesday, Tuesday), (report.From, report.To));
    }

    [Fact]
    public async Task GetBunchingAsync_Csv_OneRowPerIncidentParsedBack()
    {
        await StoreLateBusAsync();

        var file = Assert.IsType<FileContentHttpResult>((await BunchingAsync(Query() with { Format = "csv" })).Result);

        Assert.StartsWith("text/csv", file.ContentType, StringComparison.Ordinal);
        Assert.Equal("bunching-2026-03-10-2026-03-10.csv", file.FileDownloadName);
        var rows = CsvText.Records(Encoding.UTF8.GetString(file.FileContents.Span));
        Assert.Equal(8, rows.Count);
        var first = rows[0];
        Assert.Equal(("gap", "M", "0", "S0", "Stop 0", "2026-03-10", "2026-03-10T07:27:00+00:00"),
            (first["kind"], first["route_id"], first["direction_id"], first["stop_id"], first["stop_name"], first["service_date"], first["time"]));
        Assert.Equal(("bus-2", "bus-1", "1620", "900", "1.8"),
            (first["vehicle_id"], first["previous_vehicle_id"], first["observed_headway_s"], first["scheduled_headway_s"], first["ratio"]));
    }

    [Fact]
    public async Task GetBunchingAsync_SummaryTableAskedByAcceptHeader_NetworkRouteAndStopRows()
    {
        await StoreLateBusAsync();
        var request = new DefaultHttpContext().Request;
        request.Headers.Accept = "text/csv, application/json;q=0.5";

        var file = Assert.IsType<FileContentHttpResult>((await BunchingAsync(Query() with { Table = "summary" }, request)).Result);

        var rows = CsvText.Records(Encoding.UTF8.GetString(file.FileContents.Span));
        Assert.Equal(["network", "route", "stop", "stop", "stop", "stop"], rows.Select(r => r["scope"]));
        Assert.Equal(("8", "0.8", "F", "50"), (rows[1]["headways"], rows[1]["deviation_cv"], rows[1]["level_of_service"], rows[1]["bunched_pct"]));
    }

    [Fact]
    public async Task GetRunningTimesAsync_Csv_RowsMatchTheJson()
    {
        await StoreLateBusAsync();

        var json = Assert.IsType<Ok<RunningTimeReport>>((await RunningTimesAsync(Query())).Result).Value!;
        var file = Assert.IsType<FileContentHttpResult>((await RunningTimesAsync(Query() with { Format = "CSV" })).Result);

        var rows = CsvText.Records(Encoding.UTF8.GetString(file.FileContents.Span));
        Assert.Equal(json.Rows.Count, rows.Count);
        Assert.Equal(json.Rows.Select(r => (r.Kind.ToString().ToLowerInvariant(), r.FromStopId, r.ToStopId)), rows.Select(r => (r["kind"], r["from_stop_id"], r["to_stop_id"])));
        var segment = rows.First(r => r["kind"] == "segment");
        Assert.Equal(("weekday", "am-peak", "07:00", "09:00", "120", "3", "only 3 of the 10 observations a proposal needs", ""),
            (segment["day_type"], segment["band"], segment["band_start"], segment["band_end"], segment["scheduled_s"], segment["count"], segment["note"], segment["proposed_s"]));
        Assert.Contains("p85_s", rows[0].Keys);
    }

    [Fact]
    public async Task GetOnTimePerformanceAsync_Csv_EveryRowAsWideAsTheHeader()
    {
        await StoreLateBusAsync();

        var file = Assert.IsType<FileContentHttpResult>((await OnTimeAsync(Query() with { Format = "csv", RouteId = "M" })).Result);

        Assert.Equal("on-time-performance-2026-03-10-2026-03-10-route-M.csv", file.FileDownloadName);
        var rows = CsvText.Records(Encoding.UTF8.GetString(file.FileContents.Span));
        Assert.Equal(["network", "route", "stop", "stop", "stop", "stop", "hour"], rows.Select(r => r["scope"]));
        Assert.Equal(("12", "8", "0", "4", "66.7"), (rows[0]["measured"], rows[0]["on_time"], rows[0]["early"], rows[0]["late"], rows[0]["on_time_pct"]));
        Assert.Equal(("17", "3", "0", "14"), (rows[1]["scheduled_runs"], rows[1]["observed_runs"], rows[1]["missed_runs"], rows[1]["untracked_runs"]));
        Assert.Equal(("weekday", "7"), (rows[^1]["day_type"], rows[^1]["hour"]));
    }

    [Theory]
    [InlineData("2026-13-01", null, null, null, null, "from")]
    [InlineData("2026-03-10", "10.03.2026", null, null, null, "to")]
    [InlineData("2026-03-11", "2026-03-10", null, null, null, "from")]
    [InlineData("2026-01-01", "2026-03-10", null, null, null, "to")]
    [InlineData("2026-03-10", "2026-03-10", "nope", null, null, "routeId")]
    [InlineData("2026-03-10", "2026-03-10", null, "xml", null, "format")]
    [InlineData("2026-03-10", "2026-03-10", null, "csv", "everything", "table")]
    public async Task GetBunchingAsync_BadParameters_ValidationProblemNamingThem(string? from, string? to, string? routeId, string? format, string? table, string key)
    {
        var result = await BunchingAsync(new ReportQuery(from, to, routeId, format, table));

        var problem = Assert.IsType<ValidationProblem>(result.Result);
        Assert.Equal(StatusCodes.Status400BadRequest, problem.StatusCode);
        Assert.Equal([key], problem.ProblemDetails.Errors.Keys);
    }

    [Fact]
    public async Task GetRunningTimesAsync_TableOfAnotherReport_ValidationProblem()
    {
        var result = await RunningTimesAsync(Query() with { Table = "summary" });

        Assert.Equal(["table"], Assert.IsType<ValidationProblem>(result.Result).ProblemDetails.Errors.Keys);
    }

    [Fact]
    public async Task GetOnTimePerformanceAsync_NoActiveFeed_ServiceUnavailableProblem()
    {
        var result = await PlanningReportEndpoints.GetOnTimePerformanceAsync(Query(), new DefaultHttpContext().Request, _planning, new FixedNetworkProvider(null), _clock,
            CancellationToken.None);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, Assert.IsType<ProblemHttpResult>(result.Result).StatusCode);
    }

    [Fact]
    public async Task GetBunchingAsync_NoDates_TheLastSevenDaysToToday()
    {
        var report = Assert.IsType<Ok<BunchingReport>>((await BunchingAsync(default)).Result).Value!;

        Assert.Equal((new DateOnly(2026, 3, 6), new DateOnly(2026, 3, 12)), (report.From, report.To));
    }

    public void Dispose()
    {
        _planning.Dispose();
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }

    private static ReportQuery Query() => new("2026-03-10", "2026-03-10", null, null, null);

    /// <summary>E0715 twelve minutes late between two buses on time (see BunchingAnalysisTests).</summary>
    private Task StoreLateBusAsync() => _store.AppendAsync(new TrackingHistoryBatch(
        InTimeOrder(Run(Corridor, "E0700", "bus-1", TimeSpan.Zero), Run(Corridor, "E0715", "bus-2", TimeSpan.FromMinutes(12)), Run(Corridor, "E0730", "bus-3", TimeSpan.Zero)),
        [], [], []));

    private Task<Results<Ok<BunchingReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> BunchingAsync(ReportQuery query, HttpRequest? request = null) =>
        PlanningReportEndpoints.GetBunchingAsync(query, request ?? new DefaultHttpContext().Request, _planning, Provider, _clock, CancellationToken.None);

    private Task<Results<Ok<RunningTimeReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> RunningTimesAsync(ReportQuery query) =>
        PlanningReportEndpoints.GetRunningTimesAsync(query, new DefaultHttpContext().Request, _planning, Provider, _clock, CancellationToken.None);

    private Task<Results<Ok<OnTimeReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> OnTimeAsync(ReportQuery query) =>
        PlanningReportEndpoints.GetOnTimePerformanceAsync(query, new DefaultHttpContext().Request, _planning, Provider, _clock, CancellationToken.None);

    private static FixedNetworkProvider Provider => new(Corridor);
}
