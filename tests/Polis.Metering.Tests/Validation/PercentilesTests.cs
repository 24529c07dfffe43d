using Polis.Metering.Validation;

namespace Polis.Metering.Tests.Validation;

public sealed class PercentilesTests
{
    /// <summary>numpy's default: linear interpolation between the closest ranks of the sorted sample.</summary>
    private static double BySorting(double[] sample, double p)
    {
        var sorted = sample.Order().ToArray();
        var rank = (sorted.Length - 1) * p;
        var below = (int)Math.Floor(rank);
        var above = Math.Min(below + 1, sorted.Length - 1);
        return sorted[below] + ((sorted[above] - sorted[below]) * (rank - below));
    }

    [Fact]
    public void Of_HandCheckedSample_InterpolatesBetweenRanks()
    {
        // Sorted: 1 2 3 4 5 6 7 8 9 10 11; p10 at rank 1.0 = 2, p90 at rank 9.0 = 10.
        double[] sample = [7, 3, 11, 1, 9, 5, 2, 8, 4, 10, 6];

        Assert.Equal((2.0, 10.0), Percentiles.Of(sample, 0.1, 0.9));
        // 1 2 3 4: p10 at rank 0.3 = 1.3, p90 at rank 2.7 = 3.7.
        var (low, high) = Percentiles.Of(new double[] { 4, 1, 3, 2 }, 0.1, 0.9);
        Assert.Equal(1.3, low, 12);
        Assert.Equal(3.7, high, 12);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Of_RandomSamplesWithTies_AgreesWithSorting(int seed)
    {
        var random = new Random(seed);
        for (var round = 0; round < 500; round++)
        {
            var sample = Enumerable.Range(0, random.Next(1, 120)).Select(_ => Math.Round(random.NextDouble() * 5, random.Next(0, 3))).ToArray();

            var (low, high) = Percentiles.Of((double[])sample.Clone(), 0.1, 0.9);

            Assert.Equal(BySorting(sample, 0.1), low, 12);
            Assert.Equal(BySorting(sample, 0.9), high, 12);
        }
    }
}
