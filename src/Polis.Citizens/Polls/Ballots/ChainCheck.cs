namespace Polis.Citizens.Polls.Ballots;

/// <summary>The outcome of checking a ballot log: valid, or the first bad entry (its 1-based position in the log) and why.</summary>
public sealed record ChainCheck(bool Valid, long? FirstBadPosition, string? Reason, string HeadHash)
{
    public static ChainCheck Bad(long position, string reason) => new(false, position, reason, string.Empty);
}
