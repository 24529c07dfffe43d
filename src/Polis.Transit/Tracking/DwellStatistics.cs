namespace Polis.Transit.Tracking;

/// <summary>One stored (or pending) dwell aggregate.</summary>
public sealed record DwellStatistics(DwellKey Key, RunningStats Stats);
