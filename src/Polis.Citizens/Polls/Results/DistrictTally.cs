namespace Polis.Citizens.Polls.Results;

/// <summary>The ballots cast by residents of one district and their counts (published only for groups of at least k ballots).</summary>
public sealed record DistrictTally(string District, int Ballots, IReadOnlyList<QuestionTally> Questions);
