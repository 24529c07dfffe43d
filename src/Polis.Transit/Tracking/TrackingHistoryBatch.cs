namespace Polis.Transit.Tracking;

/// <summary>What the tracker writes in one transaction: new stop events, and deltas to merge into the aggregates.</summary>
public sealed record TrackingHistoryBatch(
    IReadOnlyList<StopEvent> StopEvents,
    IReadOnlyList<SegmentStatistics> Segments,
    IReadOnlyList<DwellStatistics> Dwells,
    IReadOnlyList<AccuracyTally> Accuracy)
{
    public bool IsEmpty => StopEvents.Count == 0 && Segments.Count == 0 && Dwells.Count == 0 && Accuracy.Count == 0;
}
