namespace Polis.Citizens.Polls.Results;

/// <summary>The counts of one question's options, in the poll's option order (options nobody chose count 0).</summary>
public sealed record QuestionTally(string Id, IReadOnlyList<OptionCount> Options);
