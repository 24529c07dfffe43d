namespace Polis.LoadTest;

/// <summary>Nearest-rank percentiles of latencies recorded as Stopwatch ticks.</summary>
public static class Percentiles
{
    public static double? Milliseconds(long[] sortedTicks, double percentile)
    {
        ArgumentNullException.ThrowIfNull(sortedTicks);
        if (sortedTicks.Length == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percentile / 100.0 * sortedTicks.Length);
        var index = Math.Clamp(rank - 1, 0, sortedTicks.Length - 1);
        return sortedTicks[index] * 1000.0 / System.Diagnostics.Stopwatch.Frequency;
    }
}
