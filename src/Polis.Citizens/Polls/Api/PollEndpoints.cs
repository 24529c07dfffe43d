using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Platform.Identity;

namespace Polis.Citizens.Polls.Api;

/// <summary>
/// <c>/api/v1/citizens/polls</c>: operators and admins manage polls (write policy); signed-in operators and residents
/// read them (residents never see drafts). Voting and the published record are <see cref="BallotEndpoints"/>.
/// </summary>
public static class PollEndpoints
{
    /// <summary>Operators and residents alike (the default policy keeps the account-still-active check).</summary>
    internal static readonly AuthorizeAttribute OperatorsAndResidents = new() { Roles = string.Join(',', PolisRoles.Assignable) };

    public static RouteGroupBuilder MapPollEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens/polls").WithTags("Polls");
        group.MapGet("/", ListAsync).RequireAuthorization(OperatorsAndResidents).WithName("ListPolls")
            .WithSummary("Polls with their status now, newest opening first; residents see scheduled polls only.");
        group.MapGet("/{id}", GetAsync).RequireAuthorization(OperatorsAndResidents).WithName("GetPoll").WithSummary("One poll with its status now.");
        group.MapPost("/", CreateAsync).RequireAuthorization(PolisPolicies.Write).WithName("CreatePoll").WithSummary("Creates a draft poll.");
        group.MapPut("/{id}", UpdateAsync).RequireAuthorization(PolisPolicies.Write).WithName("UpdatePoll").WithSummary("Replaces a draft's definition; scheduled polls cannot change.");
        group.MapPost("/{id}/schedule", ScheduleAsync).RequireAuthorization(PolisPolicies.Write).WithName("SchedulePoll")
            .WithSummary("Freezes a draft: it opens and closes by the clock from now on.");
        return group;
    }

    public static async Task<Ok<PollResponse[]>> ListAsync(ClaimsPrincipal user, IPollStore polls, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(polls);
        var now = time.GetUtcNow();
        var list = await polls.ListAsync(scheduledOnly: IsResident(user), cancellationToken);
        return TypedResults.Ok(list.Select(p => PollResponse.From(p, now)).ToArray());
    }

    public static async Task<Results<Ok<PollResponse>, ProblemHttpResult>> GetAsync(string id, ClaimsPrincipal user, IPollStore polls, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(polls);
        return await polls.GetAsync(id, cancellationToken) is { } poll && (poll.Stage != PollStage.Draft || !IsResident(user))
            ? TypedResults.Ok(PollResponse.From(poll, time.GetUtcNow()))
            : PollProblems.NotFound("poll", id);
    }

    public static async Task<Results<Created<PollResponse>, ValidationProblem>> CreateAsync(
        PollDefinition definition, ClaimsPrincipal user, IPollStore polls, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(polls);
        if (PollDefinitionValidator.Validate(definition) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = time.GetUtcNow();
        var poll = new Poll("poll-" + Guid.NewGuid().ToString("N")[..12], definition, PollStage.Draft, now, user.ActorName(), now, ResultsPublished: false);
        await polls.CreateAsync(poll, cancellationToken);
        return TypedResults.Created($"/api/v1/citizens/polls/{poll.Id}", PollResponse.From(poll, now));
    }

    public static async Task<Results<Ok<PollResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        string id, PollDefinition definition, IPollStore polls, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(polls);
        if (PollDefinitionValidator.Validate(definition) is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var now = time.GetUtcNow();
        if (!await polls.UpdateDraftAsync(id, definition, now, cancellationToken))
        {
            return await NotDraftAsync(polls, id, cancellationToken);
        }

        return TypedResults.Ok(PollResponse.From((await polls.GetAsync(id, cancellationToken))!, now));
    }

    public static async Task<Results<Ok<PollResponse>, ValidationProblem, ProblemHttpResult>> ScheduleAsync(
        string id, IPollStore polls, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(polls);
        var now = time.GetUtcNow();
        if (await polls.GetAsync(id, cancellationToken) is { Stage: PollStage.Draft } draft && draft.Definition.ClosesAt <= now)
        {
            return PollProblems.Invalid("closesAt", $"The poll would close at {draft.Definition.ClosesAt:O}, which has passed; move closesAt first.");
        }

        if (!await polls.ScheduleAsync(id, now, cancellationToken))
        {
            return await NotDraftAsync(polls, id, cancellationToken);
        }

        return TypedResults.Ok(PollResponse.From((await polls.GetAsync(id, cancellationToken))!, now));
    }

    internal static bool IsResident(ClaimsPrincipal user) => user.IsInRole(PolisRoles.Resident) && !PolisRoles.All.Any(user.IsInRole);

    private static async Task<ProblemHttpResult> NotDraftAsync(IPollStore polls, string id, CancellationToken cancellationToken) =>
        await polls.GetAsync(id, cancellationToken) is null
            ? PollProblems.NotFound("poll", id)
            : PollProblems.Conflict("Poll not editable", $"The poll '{id}' is scheduled; only drafts can change.");
}
