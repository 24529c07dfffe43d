using System.Runtime.CompilerServices;

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

    /// <summary>
    /// Every stop event with <see cref="StopEvent.Time"/> in [<paramref name="from"/>, <paramref name="to"/>), optionally of one
    /// route, oldest first, streamed without a limit: planners' reports read a month of a city's events this way and
    /// aggregate as they go. The default pages through <see cref="ListStopEventsAsync"/> (stores override it).
    /// </summary>
    async IAsyncEnumerable<StopEvent> StreamStopEventsAsync(DateTimeOffset from, DateTimeOffset to, string? routeId = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        const int page = 10_000;
        var atLastTime = new HashSet<(string RunKey, int StopSequence, string VehicleId)>();
        while (from < to)
        {
            var events = await ListStopEventsAsync(new StopEventQuery(from, to, routeId, Limit: page), cancellationToken);
            foreach (var e in events)
            {
                // The next page starts at the last time read, so events at that instant come again: skip those seen.
                if (e.Time > from || !atLastTime.Contains((e.RunKey, e.StopSequence, e.VehicleId)))
                {
                    yield return e;
                }
            }

            if (events.Count < page)
            {
                yield break;
            }

            var last = events[^1].Time;
            atLastTime = [.. events.Where(e => e.Time == last).Select(e => (e.RunKey, e.StopSequence, e.VehicleId))];
            from = atLastTime.Count == page ? last.AddTicks(TimeSpan.TicksPerMillisecond) : last; // a whole page at one instant: step past it
        }
    }

    /// <summary>Accuracy tallies of the days in [from, to] (inclusive), optionally of one route.</summary>
    Task<IReadOnlyList<AccuracyTally>> ListAccuracyAsync(DateOnly from, DateOnly to, string? routeId = null, CancellationToken cancellationToken = default);
}
