using Polis.Contracts.Telemetry;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// One point of a batch with its resolved series id. Sequence keeps arrival order among equal
/// (series, ts) so the first write wins deterministically after sorting.
/// </summary>
internal readonly record struct PendingPoint(long SeriesId, long Timestamp, int Sequence, int RequestIndex, TelemetryValue Value);

/// <summary>Orders by (series, ts, arrival): the b-tree is then walked in key order and each series' points are contiguous.</summary>
internal readonly struct PendingPointComparer : IComparer<PendingPoint>
{
    public int Compare(PendingPoint x, PendingPoint y)
    {
        var bySeries = x.SeriesId.CompareTo(y.SeriesId);
        if (bySeries != 0)
        {
            return bySeries;
        }

        var byTime = x.Timestamp.CompareTo(y.Timestamp);
        return byTime != 0 ? byTime : x.Sequence.CompareTo(y.Sequence);
    }
}
