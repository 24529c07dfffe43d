namespace Polis.Transit.Tracking;

/// <summary>
/// What matching remembers of a vehicle between reports: the run it is on (with progress at <see cref="At"/>), a
/// challenger run that has looked clearly better for <see cref="ChallengerCount"/> reports in a row, how many
/// reports in a row did not fit the current run, and the last run it finished (never matched again at its end).
/// </summary>
public sealed record MatchMemory(RunMatch? Current, DateTimeOffset? At, string? ChallengerKey, int ChallengerCount, int Misses, string? FinishedKey)
{
    public static MatchMemory Empty { get; } = new(null, null, null, 0, 0, null);
}
