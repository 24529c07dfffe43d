using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Polls.Api;
using Polis.Citizens.Reports.Api;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Store;
using Polis.Citizens.Reports.Support;
using Polis.Platform.Devices;
using Polis.Platform.Identity;

namespace Polis.Citizens.Reports.Duplicates.Api;

/// <summary>
/// Duplicate candidates: staff ask which open reports a report may repeat; residents (and staff) ask, before filing,
/// which open reports of a service are already near a spot, so they can say "me too" instead.
/// </summary>
public static class DuplicateEndpoints
{
    public static IEndpointRouteBuilder MapDuplicateEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens/reports").WithTags("Citizens");
        group.MapGet("/{id:long}/duplicate-candidates", CandidatesAsync).RequireAuthorization(PolisPolicies.Read).WithName("ReportDuplicateCandidates")
            .WithSummary("Open reports of the same service this report may repeat, nearest first.");
        group.MapGet("/nearby", NearbyAsync).RequireAuthorization(PollEndpoints.OperatorsAndResidents).WithName("NearbyReports")
            .WithSummary("Open reports of a service near a point (public fields), for a resident about to file one.");
        return endpoints;
    }

    public static async Task<Results<Ok<List<DuplicateCandidateResponse>>, ProblemHttpResult>> CandidatesAsync(
        long id, IReportStore reports, DuplicateSearch search, ReportSupport support, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(search);
        if (await reports.GetAsync(id, cancellationToken) is not { } report)
        {
            return CitizensReportProblems.NotFound("report", id.ToString(CultureInfo.InvariantCulture));
        }

        if (report.Latitude is not { } lat || report.Longitude is not { } lon)
        {
            return CitizensReportProblems.Conflict("The report has an address but no coordinates: duplicates are found by distance.");
        }

        var found = await search.CandidatesAsync(report.ServiceCode, new GeoPoint(lon, lat), report.RequestedAt, report.Id, cancellationToken);
        return TypedResults.Ok(await RespondAsync(found, support, null, cancellationToken));
    }

    public static async Task<Results<Ok<List<DuplicateCandidateResponse>>, ValidationProblem>> NearbyAsync(
        HttpRequest request, DuplicateSearch search, ReportSupport support, ModerationDesk moderation, TimeProvider clock, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(search);
        ArgumentNullException.ThrowIfNull(clock);
        var serviceCode = request.Query["service_code"].ToString().Trim();
        if (serviceCode.Length is 0 or > 64)
        {
            return CitizensReportProblems.Invalid("service_code", "service_code is required (the service the resident is about to report).");
        }

        if (Coordinate(request.Query["lat"], 90) is not { } lat || Coordinate(request.Query["long"], 180) is not { } lon)
        {
            return CitizensReportProblems.Invalid("location", "lat and long are required: decimal degrees within -90..90 and -180..180.");
        }

        var found = await search.CandidatesAsync(serviceCode, new GeoPoint(lon, lat), clock.GetUtcNow(), null, cancellationToken);
        return TypedResults.Ok(await RespondAsync(found, support, moderation, cancellationToken));
    }

    /// <summary>With <paramref name="moderation"/>, the public view: hidden reports left out, descriptions redacted.</summary>
    private static async Task<List<DuplicateCandidateResponse>> RespondAsync(
        IReadOnlyList<FoundDuplicate> found, ReportSupport support, ModerationDesk? moderation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(support);
        var reports = found.Select(f => f.Report).ToList();
        var counts = await support.CountsAsync(reports, cancellationToken);
        var views = moderation is null ? new Dictionary<long, ModeratedReport>() : await moderation.PublicViewsAsync(reports, cancellationToken);
        return
        [
            .. found
                .Where(f => !(views.GetValueOrDefault(f.Report.Id)?.Hidden ?? false))
                .Select(f => DuplicateCandidateResponse.From(
                    f.Report, ModeratedReports.PublicDescription(f.Report, views.GetValueOrDefault(f.Report.Id)), f.DistanceMetres, counts.GetValueOrDefault(f.Report.Id))),
        ];
    }

    private static double? Coordinate(string? text, double limit) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) && Math.Abs(value) <= limit ? value : null;
}
