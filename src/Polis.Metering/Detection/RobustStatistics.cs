namespace Polis.Metering.Detection;

/// <summary>Median and median absolute deviation over a scratch buffer (sorted in place; no allocation).</summary>
public static class RobustStatistics
{
    /// <summary>The consistency constant that makes MAD × 1.4826 estimate a normal standard deviation.</summary>
    public const double NormalConsistency = 1.4826;

    public static double Median(Span<double> values)
    {
        if (values.IsEmpty)
        {
            return double.NaN;
        }

        values.Sort();
        var mid = values.Length / 2;
        return values.Length % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
    }

    /// <summary>The median and the median absolute deviation from it (the buffer is overwritten).</summary>
    public static (double Median, double Mad) MedianAndMad(Span<double> values)
    {
        var median = Median(values);
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = Math.Abs(values[i] - median);
        }

        return (median, Median(values));
    }
}
