namespace Polis.Citizens.Polls.Api;

/// <summary>The answer to a recorded vote: the receipt code, shown this once (only its hash is stored).</summary>
public sealed record BallotReceiptResponse(string PollId, string ReceiptCode, string Note);
