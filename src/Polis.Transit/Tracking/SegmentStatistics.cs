namespace Polis.Transit.Tracking;

/// <summary>One stored (or pending) running-time aggregate.</summary>
public sealed record SegmentStatistics(SegmentKey Key, RunningStats Stats);
