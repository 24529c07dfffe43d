using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Api;
using Polis.Citizens.Reports.Store;
using Polis.Platform.Identity;

namespace Polis.Citizens.Reports.Moderation.Api;

/// <summary>
/// Moderation of a report under /api/v1/citizens/reports/{id}/moderation: staff read it; operators hide, unhide and
/// redact text or photos, each with a reason. Originals are never changed; Open311 reads show the moderated report.
/// </summary>
public static class ModerationEndpoints
{
    public const int MaxReasonLength = 2000;
    public const int MaxSelections = 100;

    public static IEndpointRouteBuilder MapModerationEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens/reports/{id:long}/moderation").WithTags("Citizens");
        group.MapGet("/", GetAsync).RequireAuthorization(PolisPolicies.Read).WithName("GetReportModeration").WithSummary("A report's moderation state and acts.");
        group.MapPost("/hide", HideAsync).RequireAuthorization(PolisPolicies.Write).WithName("HideReport").WithSummary("Takes a report off public reads.");
        group.MapPost("/unhide", UnhideAsync).RequireAuthorization(PolisPolicies.Write).WithName("UnhideReport").WithSummary("Makes a hidden report public again.");
        group.MapPost("/redact-text", RedactTextAsync).RequireAuthorization(PolisPolicies.Write).WithName("RedactReportText")
            .WithSummary("Shows ranges or words of the description as [redacted] to the public.");
        group.MapPost("/redact-photo", RedactPhotoAsync).RequireAuthorization(PolisPolicies.Write).WithName("RedactReportPhoto")
            .WithSummary("Takes a photo off the public report; its media URL answers 404.");
        return endpoints;
    }

    public static async Task<Results<Ok<ModerationResponse>, ProblemHttpResult>> GetAsync(long id, IReportStore reports, ModerationDesk desk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(desk);
        return await reports.GetAsync(id, cancellationToken) is { } report
            ? TypedResults.Ok(ModerationResponse.From(id, await desk.LoadAsync(report, cancellationToken)))
            : CitizensReportProblems.NotFound("report", id.ToString(CultureInfo.InvariantCulture));
    }

    public static Task<Results<Ok<ModerationResponse>, ValidationProblem, ProblemHttpResult>> HideAsync(
        long id, ModerationRequest request, ClaimsPrincipal user, IReportStore reports, ModerationDesk desk, CancellationToken cancellationToken) =>
        ActAsync(id, request, user, reports, desk, (m, who, why) => desk.Rules.Hide(m, who, why), cancellationToken);

    public static Task<Results<Ok<ModerationResponse>, ValidationProblem, ProblemHttpResult>> UnhideAsync(
        long id, ModerationRequest request, ClaimsPrincipal user, IReportStore reports, ModerationDesk desk, CancellationToken cancellationToken) =>
        ActAsync(id, request, user, reports, desk, (m, who, why) => desk.Rules.Unhide(m, who, why), cancellationToken);

    public static Task<Results<Ok<ModerationResponse>, ValidationProblem, ProblemHttpResult>> RedactTextAsync(
        long id, ModerationRequest request, ClaimsPrincipal user, IReportStore reports, ModerationDesk desk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var ranges = request.Ranges ?? [];
        var words = (request.Words ?? []).Where(w => !string.IsNullOrWhiteSpace(w)).ToList();
        if (ranges.Count + words.Count is 0 or > MaxSelections || words.Any(w => w.Length > 200))
        {
            return Task.FromResult<Results<Ok<ModerationResponse>, ValidationProblem, ProblemHttpResult>>(
                CitizensReportProblems.Invalid("ranges", $"Give 1 to {MaxSelections} ranges ({{start, length}} of the original description) or words (at most 200 characters each)."));
        }

        return ActAsync(id, request, user, reports, desk, (m, who, why) =>
        {
            // Words are found in the original text, then redacted together with the ranges as one act.
            var selected = ranges.Concat(TextRedactor.FindWords(m.Description, words)).ToList();
            return desk.Rules.RedactRanges(m, selected, who, why);
        }, cancellationToken);
    }

    public static Task<Results<Ok<ModerationResponse>, ValidationProblem, ProblemHttpResult>> RedactPhotoAsync(
        long id, ModerationRequest request, ClaimsPrincipal user, IReportStore reports, ModerationDesk desk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ActAsync(id, request, user, reports, desk, (m, who, why) => desk.Rules.RedactPhoto(m, request.MediaId?.Trim() ?? string.Empty, who, why), cancellationToken);
    }

    private static async Task<Results<Ok<ModerationResponse>, ValidationProblem, ProblemHttpResult>> ActAsync(
        long id, ModerationRequest request, ClaimsPrincipal user, IReportStore reports, ModerationDesk desk,
        Func<ModeratedReport, string, string, ModerationResult> act, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(desk);
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > MaxReasonLength)
        {
            return CitizensReportProblems.Invalid("reason", $"Every moderation act needs a reason of 1 to {MaxReasonLength} characters.");
        }

        if (await reports.GetAsync(id, cancellationToken) is not { } report)
        {
            return CitizensReportProblems.NotFound("report", id.ToString(CultureInfo.InvariantCulture));
        }

        var outcome = await desk.ApplyAsync(report, m => act(m, user.ActorName(), request.Reason), cancellationToken);
        return outcome switch
        {
            { Report: { } moderated } => TypedResults.Ok(ModerationResponse.From(id, moderated)),
            { Conflict: true } => CitizensReportProblems.Conflict("Other moderators acted on this report at the same time; read its moderation and try again."),
            { Refusal: ModerationRefusal.RangeOutsideText or ModerationRefusal.UnknownPhoto } => CitizensReportProblems.Invalid(
                outcome.Refusal == ModerationRefusal.UnknownPhoto ? "mediaId" : "ranges", ModerationRefusals.Detail(outcome.Refusal.Value)),
            _ => TypedResults.Problem(ModerationRefusals.Detail(outcome.Refusal!.Value), statusCode: StatusCodes.Status409Conflict, title: "Nothing to moderate"),
        };
    }
}
