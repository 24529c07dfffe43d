namespace Polis.Citizens.Polls.Results;

/// <summary>How many ballots selected one option.</summary>
public sealed record OptionCount(string Id, int Count);
