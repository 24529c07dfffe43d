using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.EServices.Requests;
using Polis.Platform.Identity;

namespace Polis.Citizens.EServices.Api;

/// <summary>
/// Staff work on e-service requests under /api/v1/citizens/eservice-requests: the queue (read), status changes along
/// <see cref="EServiceWorkflow"/> and comments (write), attachments downloadable. Every change is a history entry with
/// actor and time, written with the change in one transaction.
/// </summary>
public static class EServiceStaffEndpoints
{
    public static IEndpointRouteBuilder MapEServiceStaffEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(EServiceRequestViews.StaffPath).WithTags("E-services").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListEServiceRequests").WithSummary("Requests newest first; filters service, status, department; offset, limit.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetEServiceRequest").WithSummary("One request with its attachments and full history.");
        group.MapPost("/{id:long}/status", ChangeStatusAsync).WithName("ChangeEServiceRequestStatus")
            .WithSummary("Moves a request along the workflow; rejecting needs a reason.").RequireAuthorization(PolisPolicies.Write);
        group.MapPost("/{id:long}/comments", CommentAsync).WithName("CommentEServiceRequest")
            .WithSummary("A comment: internal unless public.").RequireAuthorization(PolisPolicies.Write);
        group.MapGet("/{id:long}/attachments/{attachmentId:long}", DownloadAsync).WithName("DownloadEServiceAttachment").WithSummary("An attachment's content.");
        return endpoints;
    }

    public static async Task<Results<Ok<List<EServiceRequestResponse>>, ValidationProblem>> ListAsync(
        IEServiceRequestStore store, string? service, string? status, string? department, int? offset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var parsed = status is null ? null : EServiceRequestStatuses.Parse(status);
        if (status is not null && parsed is null)
        {
            return EServiceProblems.Invalid("status", $"status is one of {string.Join(", ", EServiceRequestStatuses.All)}.");
        }

        if (limit is < 1 or > 1000 || offset is < 0)
        {
            return EServiceProblems.Invalid("limit", "limit is 1 to 1000 (default 100), offset 0 or more.");
        }

        var found = await store.QueryAsync(new EServiceRequestQuery(service, parsed, department, null, offset ?? 0, limit ?? 100), cancellationToken);
        return TypedResults.Ok(found.Select(r => EServiceRequestResponse.From(r, forStaff: true)).ToList());
    }

    public static async Task<Results<Ok<EServiceRequestDetailResponse>, ProblemHttpResult>> GetAsync(long id, IEServiceRequestStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await store.GetAsync(id, cancellationToken) is { } request
            ? TypedResults.Ok(await EServiceRequestViews.DetailAsync(request, store, null, cancellationToken))
            : EServiceProblems.NotFound("e-service request", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public static async Task<Results<Ok<HistoryResponse>, ValidationProblem, ProblemHttpResult>> ChangeStatusAsync(
        long id, StatusChangeRequest body, ClaimsPrincipal user, IEServiceRequestStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (EServiceRequestStatuses.Parse(body.Status) is not { } to)
        {
            return EServiceProblems.Invalid("status", $"status is required: one of {string.Join(", ", EServiceRequestStatuses.All)}.");
        }

        var (reason, error) = EServiceRequestViews.PlainText(body.Reason, "reason");
        if (error is not null)
        {
            return EServiceProblems.Invalid("reason", error);
        }

        var change = new EServiceChange(id, timeProvider.GetUtcNow(), user.ActorName(), EServiceHistoryKind.Status,
            from => EServiceDecision.Of(EServiceWorkflow.StaffChange(from, to, reason), to), reason, body.Public ?? true, []);
        return Answer(id, await store.ChangeAsync(change, cancellationToken), to);
    }

    public static async Task<Results<Ok<HistoryResponse>, ValidationProblem, ProblemHttpResult>> CommentAsync(
        long id, CommentRequest body, ClaimsPrincipal user, IEServiceRequestStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (text, error) = EServiceRequestViews.PlainText(body.Text, "text");
        if (text is null)
        {
            return EServiceProblems.Invalid("text", error ?? "text is required.");
        }

        var change = new EServiceChange(id, timeProvider.GetUtcNow(), user.ActorName(), EServiceHistoryKind.Comment, _ => EServiceDecision.Keep, text, body.Public ?? false, []);
        return Answer(id, await store.ChangeAsync(change, cancellationToken), null);
    }

    public static Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        long id, long attachmentId, IEServiceRequestStore store, HttpResponse response, CancellationToken cancellationToken) =>
        EServiceRequestViews.DownloadAsync(id, attachmentId, store, response, cancellationToken);

    /// <summary>The entry written, or why not: unknown request (404) or the workflow's refusal.</summary>
    internal static Results<Ok<HistoryResponse>, ValidationProblem, ProblemHttpResult> Answer(long id, EServiceChangeOutcome outcome, EServiceRequestStatus? to)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome switch
        {
            { Entry: { } entry } => TypedResults.Ok(HistoryResponse.From(entry)),
            { Refusal: { } refusal, From: { } from } => EServiceProblems.Refused(refusal, from, to),
            _ => EServiceProblems.NotFound("e-service request", id.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
    }
}
