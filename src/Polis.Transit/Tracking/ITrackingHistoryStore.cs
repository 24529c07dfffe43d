namespace Polis.Transit.Tracking;

/// <summary>
/// Where the tracker keeps what it observed: stop events (read by planners' reports), running-time and dwell
/// aggregates (read back at start for predictions), and prediction accuracy per route, day and horizon bucket.
/// </summary>
public interface ITrackingHistoryStore
{
    /// <summary>Writes a batch in one transaction, merging aggregates with what is stored (a stop event already stored is kept).</summary>
    Task AppendAsync(TrackingHistoryBatch batch, CancellationToken cancellationToken = default);

    Task<(IReadOnlyList<SegmentStatistics> Segments, IReadOnlyList<DwellStatistics> Dwells)> LoadStatisticsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StopEvent>> ListStopEventsAsync(StopEventQuery query, CancellationToken cancellationToken = default);

    /// <summary>Accuracy tallies of the days in [from, to] (inclusive), optionally of one route.</summary>
    Task<IReadOnlyList<AccuracyTally>> ListAccuracyAsync(DateOnly from, DateOnly to, string? routeId = null, CancellationToken cancellationToken = default);
}
