using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Polis.Citizens.EServices.Catalogue;
using Polis.Citizens.EServices.Requests;
using Polis.Platform.Identity;

namespace Polis.Citizens.EServices.Api;

/// <summary>
/// A resident's own e-service requests under /api/v1/me/eservice-requests: submit (multipart), list, track (public
/// history only), answer a question with text and documents, withdraw, download own attachments. Another resident's
/// request answers 404, exactly as a request that does not exist.
/// </summary>
public static class EServiceResidentEndpoints
{
    public const string TextPart = "text";

    public static IEndpointRouteBuilder MapEServiceResidentEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(EServiceRequestViews.ResidentPath).WithTags("E-services").RequireAuthorization(PolisPolicies.Resident);
        group.MapPost("/", SubmitAsync).WithName("SubmitEServiceRequest").WithSummary("Applies: a 'request' JSON part (serviceCode, answers, slotId) and the files.")
            .DisableAntiforgery();
        group.MapGet("/", ListAsync).WithName("ListMyEServiceRequests").WithSummary("My requests, newest first.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetMyEServiceRequest").WithSummary("One of my requests: status, attachments, public history.");
        group.MapPost("/{id:long}/information", AnswerAsync).WithName("AnswerEServiceRequest")
            .WithSummary("Answers the city's question: a 'text' part and/or files; the request goes back to review.").DisableAntiforgery();
        group.MapPost("/{id:long}/withdraw", WithdrawAsync).WithName("WithdrawEServiceRequest").WithSummary("Withdraws a request not yet decided.");
        group.MapGet("/{id:long}/attachments/{attachmentId:long}", DownloadAsync).WithName("DownloadMyEServiceAttachment").WithSummary("One of my attachments.");
        return endpoints;
    }

    public static async Task<Results<Created<EServiceRequestResponse>, ValidationProblem, ProblemHttpResult>> SubmitAsync(
        HttpRequest request, ClaimsPrincipal user, EServiceSubmissions submissions, IOptions<EServiceOptions> options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        ArgumentNullException.ThrowIfNull(options);
        var (form, refusal) = await EServiceForms.ReadAsync(request, options.Value, cancellationToken);
        return form is null ? refusal! : await submissions.SubmitAsync(form, user.RequiredUserId(), user.ActorName(), cancellationToken);
    }

    public static async Task<Ok<List<EServiceRequestResponse>>> ListAsync(ClaimsPrincipal user, IEServiceRequestStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var mine = await store.QueryAsync(new EServiceRequestQuery(ResidentUserId: user.RequiredUserId(), Limit: 1000), cancellationToken);
        return TypedResults.Ok(mine.Select(r => EServiceRequestResponse.From(r, forStaff: false)).ToList());
    }

    public static async Task<Results<Ok<EServiceRequestDetailResponse>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, IEServiceRequestStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        return await OwnAsync(id, user, store, cancellationToken) is { } request
            ? TypedResults.Ok(await EServiceRequestViews.DetailAsync(request, store, user.ActorName(), cancellationToken))
            : NotFound(id);
    }

    public static async Task<Results<Ok<HistoryResponse>, ValidationProblem, ProblemHttpResult>> AnswerAsync(
        long id, HttpRequest request, ClaimsPrincipal user, IEServiceRequestStore store, IEServiceCatalogueStore catalogue, AttachmentIntake attachments,
        IOptions<EServiceOptions> options, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(attachments);
        ArgumentNullException.ThrowIfNull(options);
        if (await OwnAsync(id, user, store, cancellationToken) is not { } own || (await catalogue.GetAsync(own.ServiceCode, cancellationToken))?.Service is not { } service)
        {
            return NotFound(id);
        }

        var (form, refusal) = await EServiceForms.ReadAsync(request, options.Value, cancellationToken);
        if (form is null)
        {
            return refusal!;
        }

        var (text, textError) = EServiceRequestViews.PlainText(form[TextPart], TextPart);
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (textError is not null)
        {
            errors[TextPart] = [textError];
        }

        var files = await attachments.CheckAsync(service, form.Files, requireAll: false, allowOther: true, errors, cancellationToken);
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The answer has faults; nothing was stored.");
        }

        var change = new EServiceChange(id, timeProvider.GetUtcNow(), user.ActorName(), EServiceHistoryKind.Information,
            from => EServiceDecision.Of(EServiceWorkflow.AnswerInformation(from, text is not null, files.Count), EServiceRequestStatus.InReview), text, true, files, user.RequiredUserId());
        return Mine(id, await store.ChangeAsync(change, cancellationToken), EServiceRequestStatus.InReview);
    }

    public static async Task<Results<Ok<HistoryResponse>, ValidationProblem, ProblemHttpResult>> WithdrawAsync(
        long id, ClaimsPrincipal user, IEServiceRequestStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(timeProvider);
        var change = new EServiceChange(id, timeProvider.GetUtcNow(), user.ActorName(), EServiceHistoryKind.Withdrawn,
            from => EServiceDecision.Of(EServiceWorkflow.Withdraw(from), EServiceRequestStatus.Withdrawn), null, true, [], user.RequiredUserId());
        return Mine(id, await store.ChangeAsync(change, cancellationToken), EServiceRequestStatus.Withdrawn);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        long id, long attachmentId, ClaimsPrincipal user, IEServiceRequestStore store, HttpResponse response, CancellationToken cancellationToken) =>
        await OwnAsync(id, user, store, cancellationToken) is null ? NotFound(id) : await EServiceRequestViews.DownloadAsync(id, attachmentId, store, response, cancellationToken);

    private static Results<Ok<HistoryResponse>, ValidationProblem, ProblemHttpResult> Mine(long id, EServiceChangeOutcome outcome, EServiceRequestStatus to) =>
        outcome.Entry is { } entry ? TypedResults.Ok(HistoryResponse.From(entry, "resident")) : EServiceStaffEndpoints.Answer(id, outcome, to);

    private static async Task<EServiceRequest?> OwnAsync(long id, ClaimsPrincipal user, IEServiceRequestStore store, CancellationToken cancellationToken) =>
        await store.GetAsync(id, cancellationToken) is { } request && request.ResidentUserId == user.RequiredUserId() ? request : null;


    private static ProblemHttpResult NotFound(long id) => EServiceProblems.NotFound("e-service request", id.ToString(CultureInfo.InvariantCulture));
}
