using Polis.Transit.Tracking.Api;

namespace Polis.Transit.Tracking;

/// <summary>
/// Prediction accuracy per horizon bucket over a range of local days, merged from the stored daily tallies, with the
/// ETA Accuracy Benchmark's bands: what <c>GET /api/v1/transit/predictions/accuracy</c> answers and the dashboard's
/// performance page draws.
/// </summary>
public static class PredictionAccuracyReport
{
    public static async Task<IReadOnlyList<AccuracyBucketResponse>> ReadAsync(
        ITrackingHistoryStore store, DateOnly first, DateOnly last, string? routeId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var buckets = Enumerable.Range(0, EtaBands.BucketCount).Select(_ => new AccuracyCounts()).ToArray();
        foreach (var tally in await store.ListAccuracyAsync(first, last, routeId, cancellationToken))
        {
            if (tally.Bucket is >= 0 and < EtaBands.BucketCount)
            {
                buckets[tally.Bucket].Merge(tally.Counts);
            }
        }

        return [.. buckets.Select(Bucket)];
    }

    private static AccuracyBucketResponse Bucket(AccuracyCounts counts, int bucket) => new(
        EtaBands.Label(bucket),
        EtaBands.FromMinutes(bucket),
        EtaBands.ToMinutes(bucket),
        EtaBands.AllowedEarlySeconds(bucket),
        EtaBands.AllowedLateSeconds(bucket),
        counts.Count,
        counts.Accurate,
        counts.Early,
        counts.Late,
        counts.Count == 0 ? null : Math.Round(100.0 * counts.Accurate / counts.Count, 1),
        counts.Count == 0 ? null : Math.Round(counts.MeanAbsoluteErrorSeconds, 1),
        counts.AbsoluteErrorPercentile(0.5),
        counts.AbsoluteErrorPercentile(0.9));
}
