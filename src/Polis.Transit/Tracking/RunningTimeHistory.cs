namespace Polis.Transit.Tracking;

/// <summary>
/// The running-time and dwell history in memory: loaded from the store at start, grown by every observation, and
/// remembering what was added since the last write (<see cref="TakePending"/>), which the store merges into its
/// aggregates. Not thread-safe: the tracker's worker owns it.
/// </summary>
public sealed class RunningTimeHistory : IRunningTimeHistory
{
    private readonly Dictionary<SegmentKey, RunningStats> _segments = [];
    private readonly Dictionary<DwellKey, RunningStats> _dwells = [];
    private Dictionary<SegmentKey, RunningStats> _pendingSegments = [];
    private Dictionary<DwellKey, RunningStats> _pendingDwells = [];

    public int PendingCount => _pendingSegments.Count + _pendingDwells.Count;

    public RunningStats Segment(SegmentKey key) => _segments.GetValueOrDefault(key);

    public RunningStats Dwell(DwellKey key) => _dwells.GetValueOrDefault(key);

    /// <summary>Adds stored aggregates (at start; merged with anything observed meanwhile).</summary>
    public void Load(IEnumerable<SegmentStatistics> segments, IEnumerable<DwellStatistics> dwells)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(dwells);
        MergeInto(_segments, segments.Select(s => (s.Key, s.Stats)));
        MergeInto(_dwells, dwells.Select(d => (d.Key, d.Stats)));
    }

    public void AddSegment(SegmentKey key, double seconds)
    {
        if (double.IsFinite(seconds) && seconds >= 0)
        {
            _segments[key] = _segments.GetValueOrDefault(key).Add(seconds);
            _pendingSegments[key] = _pendingSegments.GetValueOrDefault(key).Add(seconds);
        }
    }

    public void AddDwell(DwellKey key, double seconds)
    {
        if (double.IsFinite(seconds) && seconds >= 0)
        {
            _dwells[key] = _dwells.GetValueOrDefault(key).Add(seconds);
            _pendingDwells[key] = _pendingDwells.GetValueOrDefault(key).Add(seconds);
        }
    }

    /// <summary>What was observed since the last call, to be written.</summary>
    public (IReadOnlyList<SegmentStatistics> Segments, IReadOnlyList<DwellStatistics> Dwells) TakePending()
    {
        var segments = _pendingSegments.Select(p => new SegmentStatistics(p.Key, p.Value)).ToList();
        var dwells = _pendingDwells.Select(p => new DwellStatistics(p.Key, p.Value)).ToList();
        _pendingSegments = [];
        _pendingDwells = [];
        return (segments, dwells);
    }

    /// <summary>Puts back observations whose write failed, so the next write carries them.</summary>
    public void ReturnPending(IEnumerable<SegmentStatistics> segments, IEnumerable<DwellStatistics> dwells)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(dwells);
        MergeInto(_pendingSegments, segments.Select(s => (s.Key, s.Stats)));
        MergeInto(_pendingDwells, dwells.Select(d => (d.Key, d.Stats)));
    }

    private static void MergeInto<TKey>(Dictionary<TKey, RunningStats> into, IEnumerable<(TKey Key, RunningStats Stats)> aggregates)
        where TKey : notnull
    {
        foreach (var (key, stats) in aggregates)
        {
            into[key] = into.GetValueOrDefault(key).Merge(stats);
        }
    }
}
