using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Polls.Ballots;
using Polis.Citizens.Polls.Results;
using Polis.Platform.Identity;

namespace Polis.Citizens.Polls.Api;

/// <summary>
/// Voting (<c>POST .../ballots</c>, verified residents only) and a closed poll's public record: the ballot log, the results
/// and receipt lookups, anonymous by design so anyone can check the count.
/// </summary>
public static class BallotEndpoints
{
    public static RouteGroupBuilder MapBallotEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens/polls/{id}").WithTags("Polls");
        group.MapPost("/ballots", CastAsync).RequireAuthorization(PolisPolicies.Resident).WithName("CastBallot")
            .WithSummary("Casts the signed-in resident's ballot; answers with the receipt code, shown once.");
        group.MapGet("/ballot-log", GetLogAsync).AllowAnonymous().WithName("GetBallotLog")
            .WithSummary("The closed poll's hash-chained ballot log (public); districts of small groups suppressed.");
        group.MapGet("/results", GetResultsAsync).AllowAnonymous().WithName("GetPollResults")
            .WithSummary("The closed poll's results (public): totals, breakdown by district with small groups suppressed.");
        group.MapGet("/receipts/{code}", GetReceiptAsync).AllowAnonymous().WithName("GetBallotByReceipt")
            .WithSummary("The ballot log entry a receipt code finds, once the poll has closed (public).");
        return group;
    }

    public static async Task<Results<Created<BallotReceiptResponse>, ValidationProblem, ProblemHttpResult>> CastAsync(
        string id, BallotRequest request, ClaimsPrincipal user, VotingService voting, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(voting);
        var userId = user.RequiredUserId();
        var answers = request?.Answers?.ToDictionary(a => a.Key, a => (IReadOnlyList<string>)(a.Value ?? []), StringComparer.Ordinal);
        var result = await voting.CastAsync(id, userId, answers, cancellationToken);
        return result.Status switch
        {
            VoteStatus.Recorded => TypedResults.Created($"/api/v1/citizens/polls/{id}/receipts/{result.ReceiptCode}",
                new BallotReceiptResponse(id, result.ReceiptCode!, "Keep this code: it is shown only now. Once the poll closes it finds your ballot in the published ballot log.")),
            VoteStatus.UnknownPoll => PollProblems.NotFound("poll", id),
            VoteStatus.NotOpen => PollProblems.Conflict("Poll not open", result.Detail!),
            VoteStatus.NotEligible => PollProblems.Forbidden("Not eligible", result.Detail!),
            VoteStatus.AlreadyVoted => PollProblems.Conflict("Already voted", result.Detail!),
            _ => TypedResults.ValidationProblem(result.Errors!),
        };
    }

    public static async Task<Results<Ok<BallotLog>, ProblemHttpResult>> GetLogAsync(string id, PublicationService publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return await publication.GetAsync(id, cancellationToken) is { } published ? TypedResults.Ok(published.Log) : NotPublished(id);
    }

    public static async Task<Results<Ok<PollResults>, ProblemHttpResult>> GetResultsAsync(string id, PublicationService publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        return await publication.GetAsync(id, cancellationToken) is { } published ? TypedResults.Ok(published.Results) : NotPublished(id);
    }

    public static async Task<Results<Ok<ReceiptLookupResponse>, ProblemHttpResult>> GetReceiptAsync(
        string id, string code, PublicationService publication, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(publication);
        if (await publication.GetAsync(id, cancellationToken) is not { } published)
        {
            return NotPublished(id);
        }

        var hash = ReceiptCodes.Hash(code);
        return published.Log.Entries.FirstOrDefault(e => e.ReceiptHash == hash) is { } entry
            ? TypedResults.Ok(new ReceiptLookupResponse(id, published.Log.Entries.Count, entry))
            : PollProblems.NotFound("ballot with the receipt code", code);
    }

    // Unknown, draft and not-yet-closed polls answer alike: the public learns nothing about polls before they close.
    private static ProblemHttpResult NotPublished(string id) =>
        PollProblems.NotFound("closed poll", id);
}
