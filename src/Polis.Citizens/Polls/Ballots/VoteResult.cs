namespace Polis.Citizens.Polls.Ballots;

/// <summary>A vote's outcome: the receipt code when recorded (shown once, never stored), else why not.</summary>
public sealed record VoteResult(VoteStatus Status, string? ReceiptCode = null, string? Detail = null, Dictionary<string, string[]>? Errors = null);
