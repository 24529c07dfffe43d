namespace Polis.Citizens.Polls.Ballots;

/// <summary>A question as the published ballot log names it: its id and its option ids, in the poll's order.</summary>
public sealed record LogQuestion(string Id, IReadOnlyList<string> Options);
