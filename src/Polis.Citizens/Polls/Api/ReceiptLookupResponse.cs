using Polis.Citizens.Polls.Ballots;

namespace Polis.Citizens.Polls.Api;

/// <summary>The published log entry a receipt code finds, and the log's length to place it.</summary>
public sealed record ReceiptLookupResponse(string PollId, long LogLength, BallotEntry Entry);
