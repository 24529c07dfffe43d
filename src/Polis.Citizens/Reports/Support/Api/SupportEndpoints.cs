using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Polls.Api;
using Polis.Citizens.Reports.Api;
using Polis.Citizens.Reports.Duplicates;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Store;
using Polis.Platform.Identity;

namespace Polis.Citizens.Reports.Support.Api;

/// <summary>
/// "Me too": a signed-in resident backs an open report instead of filing it again (a press on a duplicate counts on its
/// original); anyone signed in reads the count, staff also who. Hidden reports are unknown to residents.
/// </summary>
public static class SupportEndpoints
{
    public static IEndpointRouteBuilder MapSupportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/me/reports/{id:long}/me-too", MeTooAsync).RequireAuthorization(PolisPolicies.Resident).WithTags("Residents")
            .WithName("MeToo").WithSummary("The signed-in resident has the same problem: counted once on the original report.");
        endpoints.MapGet("/api/v1/citizens/reports/{id:long}/support", GetAsync).RequireAuthorization(PollEndpoints.OperatorsAndResidents).WithTags("Citizens")
            .WithName("ReportSupport").WithSummary("A report's \"me too\" count; staff also see who.");
        return endpoints;
    }

    public static async Task<Results<Ok<MeTooResponse>, ProblemHttpResult>> MeTooAsync(
        long id, ClaimsPrincipal user, IReportStore reports, IReportModerationStore moderation, ReportSupport support, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(support);
        var target = await PublicReportAsync(id, reports, moderation, cancellationToken);
        var original = target?.DuplicateOf is { } originalId ? await PublicReportAsync(originalId, reports, moderation, cancellationToken) ?? target : target;
        if (original is null)
        {
            return CitizensReportProblems.NotFound("report", id.ToString(CultureInfo.InvariantCulture));
        }

        if (!ReportStatuses.IsOpen(original.Status))
        {
            return TypedResults.Problem(
                $"Report {original.Id.ToString(CultureInfo.InvariantCulture)} is '{ReportStatuses.Name(original.Status)}': only an open report collects \"me too\".",
                statusCode: StatusCodes.Status409Conflict, title: "Report not open");
        }

        var userId = user.RequiredUserId();
        var result = await support.PressAsync(original, userId, cancellationToken);
        return TypedResults.Ok(new MeTooResponse(result.ReportId, result.Outcome, result.Count));
    }

    public static async Task<Results<Ok<SupportResponse>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, IReportStore reports, IReportModerationStore moderation, ReportSupport support, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(support);
        var staff = PolisRoles.All.Any(user.IsInRole);
        var report = staff ? await reports.GetAsync(id, cancellationToken) : await PublicReportAsync(id, reports, moderation, cancellationToken);
        if (report is null)
        {
            return CitizensReportProblems.NotFound("report", id.ToString(CultureInfo.InvariantCulture));
        }

        var (tally, supporters) = await support.TallyAsync(report, cancellationToken);
        var counted = supporters.Where(s => MeTooTally.Key(s.Resident) != tally.OriginalReporter).ToList();
        return TypedResults.Ok(new SupportResponse(report.Id, tally.Count, staff ? counted : null));
    }

    /// <summary>The report as the public may know it: null when there is none or a moderator hid it.</summary>
    private static async Task<Report?> PublicReportAsync(long id, IReportStore reports, IReportModerationStore moderation, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(moderation);
        return await reports.GetAsync(id, cancellationToken) is { } report && await moderation.GetAsync(id, cancellationToken) is not { Hidden: true } ? report : null;
    }
}
