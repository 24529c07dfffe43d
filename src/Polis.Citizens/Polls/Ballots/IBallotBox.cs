using Polis.Citizens.Polls.Results;

namespace Polis.Citizens.Polls.Ballots;

/// <summary>
/// Where ballots go. Who voted (poll + voter) and what was voted (the chained ballot) are kept apart, written in one
/// transaction so that there is exactly one ballot per participation, whichever channel and however many requests at once.
/// </summary>
public interface IBallotBox
{
    /// <summary>Records that <paramref name="userId"/> voted and appends their ballot to the poll's chain, atomically.</summary>
    Task<BallotCastOutcome> CastAsync(string pollId, string userId, string receiptHash, string district, string answers, CancellationToken cancellationToken = default);

    /// <summary>Whether <paramref name="userId"/> took part in the poll.</summary>
    Task<bool> HasVotedAsync(string pollId, string userId, CancellationToken cancellationToken = default);

    /// <summary>The poll's ballot log entries in chain order, districts not suppressed.</summary>
    Task<IReadOnlyList<BallotEntry>> ReadEntriesAsync(string pollId, CancellationToken cancellationToken = default);

    /// <summary>The sealed results, or null while the poll is not sealed.</summary>
    Task<PollResults?> GetResultsAsync(string pollId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Seals the poll (no ballot is accepted after this) and stores the results <paramref name="count"/> computes from its
    /// entries, in one transaction; when already sealed, the stored results are returned unchanged.
    /// </summary>
    Task<PollResults> SealAsync(string pollId, Func<IReadOnlyList<BallotEntry>, PollResults> count, CancellationToken cancellationToken = default);
}
