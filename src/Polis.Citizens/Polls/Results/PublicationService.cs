using Microsoft.Extensions.Options;
using Polis.Citizens.Polls.Ballots;

namespace Polis.Citizens.Polls.Results;

/// <summary>
/// Publishes a poll once the clock has closed it: the first request after closing seals the ballot box and stores the
/// results; every later one serves the same results and the same log.
/// </summary>
public sealed class PublicationService(IPollStore polls, IBallotBox box, IOptions<PollOptions> options, TimeProvider time)
{
    /// <summary>The published poll, or null when there is no such poll or it has not closed yet.</summary>
    public async Task<PublishedPoll?> GetAsync(string pollId, CancellationToken cancellationToken = default)
    {
        var poll = await polls.GetAsync(pollId, cancellationToken);
        if (poll is null || poll.StatusAt(time.GetUtcNow()) is not (PollStatus.Closed or PollStatus.Published))
        {
            return null;
        }

        var questions = QuestionsOf(poll);
        var results = await box.GetResultsAsync(poll.Id, cancellationToken)
            ?? await box.SealAsync(poll.Id, entries => Count(poll.Id, questions, entries, options.Value.SuppressionThreshold), cancellationToken);
        var entries = await box.ReadEntriesAsync(poll.Id, cancellationToken);
        var log = new BallotLog(poll.Id, questions, PollTally.Suppress(entries, results.SuppressionThreshold));
        return new PublishedPoll(poll with { ResultsPublished = true }, results, log);
    }

    public static IReadOnlyList<LogQuestion> QuestionsOf(Poll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        return [.. poll.Definition.Questions.Select(q => new LogQuestion(q.Id, [.. q.Options.Select(o => o.Id)]))];
    }

    private static PollResults Count(string pollId, IReadOnlyList<LogQuestion> questions, IReadOnlyList<BallotEntry> entries, int k) =>
        PollTally.Count(new BallotLog(pollId, questions, entries), k, entries.Count == 0 ? BallotChain.Genesis : entries[^1].EntryHash);
}
