using System.Security.Claims;
using Polis.Citizens.Polls;
using Polis.Citizens.Polls.Api;
using Polis.Citizens.Polls.Results;
using Polis.Dashboard.Components.Shared;
using Polis.Dashboard.Overview;

namespace Polis.Dashboard.Citizens.Polls;

/// <summary>
/// The operators' poll page: every poll with its status, and creating and scheduling drafts through the API's own
/// handlers (same validation, the signed-in operator as creator) after re-reading the account's roles, as the other
/// operator pages do.
/// </summary>
public sealed class PollAdministration(OperatorActions access, IPollStore polls, PublicationService publication, TimeProvider time)
{
    private const string NotAllowed = "Only operators and admins may create and schedule polls.";

    public DateTimeOffset Now => time.GetUtcNow();

    public Task<IReadOnlyList<Poll>> ListAsync(CancellationToken cancellationToken = default) => polls.ListAsync(scheduledOnly: false, cancellationToken);

    public async Task<PageAnswer<PollResponse>> CreateAsync(ClaimsPrincipal user, PollDefinition definition, CancellationToken cancellationToken = default) =>
        await access.MayStillWriteAsync(user)
            ? PageAnswer<PollResponse>.Of((await PollEndpoints.CreateAsync(definition, user, polls, time, cancellationToken)).Result)
            : new PageAnswer<PollResponse>(null, NotAllowed);

    public async Task<PageAnswer<PollResponse>> ScheduleAsync(ClaimsPrincipal user, string pollId, CancellationToken cancellationToken = default) =>
        await access.MayStillWriteAsync(user)
            ? PageAnswer<PollResponse>.Of((await PollEndpoints.ScheduleAsync(pollId, polls, time, cancellationToken)).Result)
            : new PageAnswer<PollResponse>(null, NotAllowed);

    /// <summary>The results once the poll has closed (sealing it on first read, as the public endpoint does), else null.</summary>
    public Task<PublishedPoll?> PublishedAsync(string pollId, CancellationToken cancellationToken = default) => publication.GetAsync(pollId, cancellationToken);
}
