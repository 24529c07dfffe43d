namespace Polis.Transit.Tracking;

/// <summary>
/// Count, mean and sum of squared deviations (Welford's method): numerically stable one observation at a time,
/// and two aggregates merge exactly (Chan et al.), which is how pending observations join the stored history.
/// </summary>
public readonly record struct RunningStats(long Count, double Mean, double M2)
{
    /// <summary>Sample variance (0 below two observations).</summary>
    public double Variance => Count > 1 ? M2 / (Count - 1) : 0;

    public RunningStats Add(double value)
    {
        var count = Count + 1;
        var delta = value - Mean;
        var mean = Mean + (delta / count);
        return new RunningStats(count, mean, M2 + (delta * (value - mean)));
    }

    public RunningStats Merge(RunningStats other)
    {
        if (other.Count == 0)
        {
            return this;
        }

        if (Count == 0)
        {
            return other;
        }

        var count = Count + other.Count;
        var delta = other.Mean - Mean;
        return new RunningStats(count, Mean + (delta * other.Count / count), M2 + other.M2 + (delta * delta * Count * other.Count / count));
    }
}
