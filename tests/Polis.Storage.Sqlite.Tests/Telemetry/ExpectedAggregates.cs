using Polis.Platform.Telemetry;

namespace Polis.Storage.Sqlite.Tests.Telemetry;

/// <summary>The reference: buckets computed naively from raw (ts, value) pairs.</summary>
internal static class ExpectedAggregates
{
    public static List<AggregateBucket> Compute(IEnumerable<(long Ts, double Value)> points, long intervalMs) =>
        [.. points
            .GroupBy(p => Floor(p.Ts, intervalMs))
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var last = g.MaxBy(p => p.Ts);
                return new AggregateBucket(g.Key, g.Count(), g.Sum(p => p.Value), g.Min(p => p.Value), g.Max(p => p.Value), last.Value, last.Ts);
            })];

    public static long Floor(long ts, long length)
    {
        var offset = ((ts % length) + length) % length;
        return ts - offset;
    }

    public static void AssertEqual(IReadOnlyList<AggregateBucket> expected, IReadOnlyList<AggregateBucket> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var e = expected[i];
            var a = actual[i];
            Assert.Equal(e.Start, a.Start);
            Assert.Equal(e.Count, a.Count);
            Assert.Equal(e.Sum, a.Sum, 1e-6);
            Assert.Equal(e.Min, a.Min);
            Assert.Equal(e.Max, a.Max);
            Assert.Equal(e.Last, a.Last);
            Assert.Equal(e.LastTs, a.LastTs);
        }
    }
}
