namespace Polis.Citizens.Polls.Results;

/// <summary>
/// A closed poll's published results: totals per option, the breakdown by district for districts with at least
/// <see cref="SuppressionThreshold"/> ballots, and the ballots of the smaller groups counted together in
/// <see cref="SuppressedBallots"/> (in the totals, in no district). <see cref="LogHeadHash"/> is the entry hash of the
/// ballot log's last entry, so the results name the exact log they were counted from.
/// </summary>
public sealed record PollResults(
    string PollId,
    int Ballots,
    string LogHeadHash,
    int SuppressionThreshold,
    IReadOnlyList<QuestionTally> Totals,
    IReadOnlyList<DistrictTally> Districts,
    int SuppressedBallots);
