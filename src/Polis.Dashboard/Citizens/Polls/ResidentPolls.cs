using System.Security.Claims;
using Microsoft.Extensions.Options;
using Polis.Citizens.Polls;
using Polis.Citizens.Polls.Ballots;
using Polis.Citizens.Polls.Results;
using Polis.Citizens.Residents;
using Polis.Platform.City;
using Polis.Platform.Identity;

namespace Polis.Dashboard.Citizens.Polls;

/// <summary>
/// The residents' poll pages, in process: the polls a resident sees (scheduled ones, as the API shows residents), and
/// voting through the same <see cref="VotingService"/> as <c>POST …/ballots</c>, so the page and the API share one
/// ballot box and one vote per resident holds across both channels.
/// </summary>
public sealed class ResidentPolls(IPollStore polls, IBallotBox box, IResidentProfileStore profiles, VotingService voting, PublicationService publication, IOptions<CityOptions> city, TimeProvider time)
{
    public async Task<IReadOnlyList<ResidentPollView>> ListAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default)
    {
        var userId = user.RequiredUserId();
        var profile = await profiles.GetAsync(userId, cancellationToken);
        var views = new List<ResidentPollView>();
        foreach (var poll in await polls.ListAsync(scheduledOnly: true, cancellationToken))
        {
            views.Add(await ViewAsync(poll, userId, profile, cancellationToken));
        }

        return views;
    }

    /// <summary>One scheduled poll as the resident sees it; null for an unknown poll or a draft (residents never see drafts).</summary>
    public async Task<ResidentPollView?> GetAsync(ClaimsPrincipal user, string pollId, CancellationToken cancellationToken = default)
    {
        var userId = user.RequiredUserId();
        return await polls.GetAsync(pollId, cancellationToken) is { Stage: not PollStage.Draft } poll
            ? await ViewAsync(poll, userId, await profiles.GetAsync(userId, cancellationToken), cancellationToken)
            : null;
    }

    public Task<VoteResult> CastAsync(ClaimsPrincipal user, string pollId, IReadOnlyDictionary<string, IReadOnlyList<string>> answers, CancellationToken cancellationToken = default) =>
        voting.CastAsync(pollId, user.RequiredUserId(), answers, cancellationToken);

    /// <summary>The published results and log once the poll has closed (the first reader after closing seals it), else null.</summary>
    public Task<PublishedPoll?> PublishedAsync(string pollId, CancellationToken cancellationToken = default) => publication.GetAsync(pollId, cancellationToken);

    private async Task<ResidentPollView> ViewAsync(Poll poll, string userId, ResidentProfile? profile, CancellationToken cancellationToken) =>
        new(poll, poll.StatusAt(time.GetUtcNow()), await box.HasVotedAsync(poll.Id, userId, cancellationToken), Eligibility.Refusal(poll.Definition, profile, city.Value.Zone));
}
