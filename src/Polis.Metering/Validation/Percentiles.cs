namespace Polis.Metering.Validation;

/// <summary>
/// Two percentiles of a small sample without sorting it: quickselect puts the order statistics they need in place
/// (the sample is reordered). Linear interpolation between closest ranks, as numpy's default.
/// </summary>
internal static class Percentiles
{
    /// <summary>The <paramref name="low"/> and <paramref name="high"/> percentiles (0 ≤ low ≤ high ≤ 1) of a non-empty sample.</summary>
    public static (double Low, double High) Of(Span<double> sample, double low, double high)
    {
        var lowRank = (sample.Length - 1) * low;
        var highRank = (sample.Length - 1) * high;
        var lowAt = (int)lowRank;
        var highAt = (int)highRank;
        Select(sample, lowAt);
        var lowValue = Interpolate(sample, lowAt, lowRank - lowAt);
        if (highAt > lowAt)
        {
            Select(sample[(lowAt + 1)..], highAt - lowAt - 1);
        }

        return (lowValue, Interpolate(sample, highAt, highRank - highAt));
    }

    /// <summary>Once <paramref name="at"/> holds its order statistic, the next one is the least of what lies above it.</summary>
    private static double Interpolate(ReadOnlySpan<double> sample, int at, double fraction)
    {
        if (fraction == 0 || at + 1 >= sample.Length)
        {
            return sample[at];
        }

        var next = double.MaxValue;
        foreach (var value in sample[(at + 1)..])
        {
            next = Math.Min(next, value);
        }

        return sample[at] + ((next - sample[at]) * fraction);
    }

    /// <summary>Reorders <paramref name="values"/> so that index <paramref name="k"/> holds the k-th smallest, smaller before, larger after.</summary>
    private static void Select(Span<double> values, int k)
    {
        var (left, right) = (0, values.Length - 1);
        while (left < right)
        {
            var pivot = MedianOfThree(values[left], values[left + ((right - left) / 2)], values[right]);
            var (i, j) = (left, right);
            while (i <= j)
            {
                while (values[i] < pivot)
                {
                    i++;
                }

                while (values[j] > pivot)
                {
                    j--;
                }

                if (i <= j)
                {
                    (values[i], values[j]) = (values[j], values[i]);
                    i++;
                    j--;
                }
            }

            if (k <= j)
            {
                right = j;
            }
            else if (k >= i)
            {
                left = i;
            }
            else
            {
                return;
            }
        }
    }

    private static double MedianOfThree(double a, double b, double c) => Math.Max(Math.Min(a, b), Math.Min(Math.Max(a, b), c));
}
