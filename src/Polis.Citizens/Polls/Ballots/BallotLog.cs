namespace Polis.Citizens.Polls.Ballots;

/// <summary>A closed poll's published ballot log: the questions (to count against) and every entry in chain order.</summary>
public sealed record BallotLog(string PollId, IReadOnlyList<LogQuestion> Questions, IReadOnlyList<BallotEntry> Entries);
