namespace Polis.Citizens.Polls.Ballots;

/// <summary>
/// One entry of a poll's hash-chained ballot log. <see cref="District"/> and <see cref="DistrictSalt"/> are null in the
/// published log when the district's group is suppressed (too few ballots); <see cref="DistrictDigest"/> =
/// SHA-256(salt + "\n" + district) is always there, so the chain verifies either way while a small district stays hidden.
/// </summary>
public sealed record BallotEntry(
    long Sequence,
    string Answers,
    string ReceiptHash,
    string? District,
    string? DistrictSalt,
    string DistrictDigest,
    string PreviousHash,
    string EntryHash);
