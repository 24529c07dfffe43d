using Microsoft.Extensions.Options;
using Polis.Citizens.Residents;
using Polis.Platform.City;

namespace Polis.Citizens.Polls.Ballots;

/// <summary>
/// Casting a vote, for every channel (the API, the resident pages): the poll must be open, the resident verified and
/// eligible, the answers valid; the <see cref="IBallotBox"/> then guarantees one ballot per resident per poll.
/// </summary>
public sealed class VotingService(IPollStore polls, IResidentProfileStore profiles, IBallotBox box, IOptions<CityOptions> city, TimeProvider time)
{
    public async Task<VoteResult> CastAsync(string pollId, string userId, IReadOnlyDictionary<string, IReadOnlyList<string>>? answers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userId);
        var poll = await polls.GetAsync(pollId, cancellationToken);
        if (poll is null || poll.Stage == PollStage.Draft)
        {
            return new VoteResult(VoteStatus.UnknownPoll, Detail: $"There is no poll '{pollId}'.");
        }

        var status = poll.StatusAt(time.GetUtcNow());
        if (status != PollStatus.Open)
        {
            return new VoteResult(VoteStatus.NotOpen, Detail: status == PollStatus.Scheduled
                ? $"The poll opens at {poll.Definition.OpensAt:O}; nothing was recorded."
                : $"The poll closed at {poll.Definition.ClosesAt:O}; nothing was recorded.");
        }

        var profile = await profiles.GetAsync(userId, cancellationToken);
        if (Eligibility.Refusal(poll.Definition, profile, city.Value.Zone) is { } refusal)
        {
            return new VoteResult(VoteStatus.NotEligible, Detail: refusal + " Nothing was recorded.");
        }

        var errors = AnswerValidator.Validate(poll.Definition.Questions, answers);
        if (errors.Count > 0)
        {
            return new VoteResult(VoteStatus.InvalidAnswers, Errors: errors);
        }

        var receipt = ReceiptCodes.New();
        var outcome = await box.CastAsync(poll.Id, userId, ReceiptCodes.Hash(receipt), profile!.DistrictId,
            BallotAnswers.Canonical(poll.Definition.Questions, answers!), cancellationToken);
        return outcome switch
        {
            BallotCastOutcome.Recorded => new VoteResult(VoteStatus.Recorded, ReceiptCode: receipt),
            BallotCastOutcome.AlreadyVoted => new VoteResult(VoteStatus.AlreadyVoted, Detail: "You have already voted in this poll; a ballot cannot be changed or cast twice."),
            _ => new VoteResult(VoteStatus.NotOpen, Detail: $"The poll closed at {poll.Definition.ClosesAt:O}; nothing was recorded."),
        };
    }
}
