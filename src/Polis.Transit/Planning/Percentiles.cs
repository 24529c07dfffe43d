namespace Polis.Transit.Planning;

/// <summary>Percentiles of sorted samples by linear interpolation between closest ranks (Excel's PERCENTILE.INC, numpy's default).</summary>
public static class Percentiles
{
    /// <summary>The <paramref name="percent"/>th percentile (0–100) of ascending <paramref name="sorted"/> values.</summary>
    public static double Of(ReadOnlySpan<double> sorted, double percent)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("No values.", nameof(sorted));
        }

        var rank = Math.Clamp(percent, 0, 100) / 100 * (sorted.Length - 1);
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((rank - below) * (sorted[above] - sorted[below]));
    }

    /// <summary><paramref name="value"/> rounded to the nearest multiple of <paramref name="step"/> (halves away from zero).</summary>
    public static int RoundTo(double value, int step) => (int)(Math.Round(value / step, MidpointRounding.AwayFromZero) * step);
}
