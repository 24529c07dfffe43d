using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Identity;
using Polis.Transit.Feeds;

namespace Polis.Transit.Planning.Api;

/// <summary>
/// Planners' reports under /api/v1/transit/reports, as JSON or CSV (?format=csv or Accept: text/csv), over service
/// dates of the active feed (see docs/transit.md, Planning).
/// </summary>
public static class PlanningReportEndpoints
{
    private const string CsvMediaType = "text/csv; charset=utf-8; header=present";
    private static readonly string[] s_bunchingTables = ["incidents", "summary"];

    public static IEndpointRouteBuilder MapPlanningReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/transit/reports").WithTags("Transit").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/bunching", GetBunchingAsync).WithName("GetBunchingReport")
            .WithSummary("Bunching and gaps: headway adherence per route direction and stop, and the incidents; CSV: incidents, or table=summary.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        group.MapGet("/running-times", GetRunningTimesAsync).WithName("GetRunningTimeReport")
            .WithSummary("Running times per segment, whole trip and dwell by day type and time band: scheduled, observed and a proposed timetable time.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        group.MapGet("/on-time-performance", GetOnTimePerformanceAsync).WithName("GetOnTimePerformanceReport")
            .WithSummary("On-time performance per route (with missed runs), stop and hour by day type.")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return endpoints;
    }

    public static Task<Results<Ok<BunchingReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetBunchingAsync(
        [AsParameters] ReportQuery query, HttpRequest request, TransitPlanningService planning, ITransitNetworkProvider networkProvider, TimeProvider timeProvider,
        CancellationToken cancellationToken) =>
        ReportAsync("bunching", s_bunchingTables, query, request, planning, networkProvider, timeProvider, planning.BunchingAsync,
            (report, table) => table == "summary" ? BunchingCsv.Summary(report) : BunchingCsv.Incidents(report), cancellationToken);

    public static Task<Results<Ok<RunningTimeReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetRunningTimesAsync(
        [AsParameters] ReportQuery query, HttpRequest request, TransitPlanningService planning, ITransitNetworkProvider networkProvider, TimeProvider timeProvider,
        CancellationToken cancellationToken) =>
        ReportAsync("running-times", [], query, request, planning, networkProvider, timeProvider, planning.RunningTimesAsync,
            (report, _) => RunningTimeCsv.Write(report), cancellationToken);

    public static Task<Results<Ok<OnTimeReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> GetOnTimePerformanceAsync(
        [AsParameters] ReportQuery query, HttpRequest request, TransitPlanningService planning, ITransitNetworkProvider networkProvider, TimeProvider timeProvider,
        CancellationToken cancellationToken) =>
        ReportAsync("on-time-performance", [], query, request, planning, networkProvider, timeProvider, planning.OnTimePerformanceAsync,
            (report, _) => OnTimeCsv.Write(report), cancellationToken);

    private static async Task<Results<Ok<TReport>, FileContentHttpResult, ValidationProblem, ProblemHttpResult>> ReportAsync<TReport>(
        string name, string[] tables, ReportQuery query, HttpRequest request, TransitPlanningService planning, ITransitNetworkProvider networkProvider,
        TimeProvider timeProvider, Func<PlanningScope, CancellationToken, Task<TReport>> build, Func<TReport, string?, string> csv, CancellationToken cancellationToken)
    {
        if (networkProvider.Current is not { } network)
        {
            return TypedResults.Problem("Reports read the active GTFS feed's timetable; import a feed first.", statusCode: StatusCodes.Status503ServiceUnavailable,
                title: "No active GTFS feed");
        }

        if (ReportRequest.Parse(query, request, network, timeProvider.GetUtcNow(), planning.Options.MaxDays, tables, out var errors) is not { } asked)
        {
            return TypedResults.ValidationProblem(errors, title: "The report's parameters are invalid.");
        }

        var report = await build(planning.Scope(network, asked.From, asked.To, asked.RouteId), cancellationToken);
        return asked.Csv
            ? TypedResults.File(Encoding.UTF8.GetBytes(csv(report, asked.Table)), CsvMediaType, asked.FileName(name))
            : TypedResults.Ok(report);
    }
}
