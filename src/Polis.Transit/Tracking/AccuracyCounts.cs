namespace Polis.Transit.Tracking;

/// <summary>
/// Scores of one horizon bucket: how many predictions, how many accurate, early and late, the sum of absolute errors,
/// and a histogram of absolute errors in <see cref="BinSeconds"/> bins (the last bin holds everything beyond
/// 15 min), from which percentiles are read. Mutable: owned by one writer, merged into the stored figures.
/// </summary>
public sealed class AccuracyCounts
{
    public const int BinSeconds = 15;

    public const int BinCount = 61;

    private readonly long[] _histogram;

    public AccuracyCounts()
        : this(0, 0, 0, 0, 0, null)
    {
    }

    public AccuracyCounts(long count, long accurate, long early, long late, double absoluteErrorSum, IReadOnlyList<long>? histogram)
    {
        Count = count;
        Accurate = accurate;
        Early = early;
        Late = late;
        AbsoluteErrorSum = absoluteErrorSum;
        _histogram = new long[BinCount];
        for (var i = 0; histogram is not null && i < Math.Min(BinCount, histogram.Count); i++)
        {
            _histogram[i] = histogram[i];
        }
    }

    public long Count { get; private set; }

    public long Accurate { get; private set; }

    public long Early { get; private set; }

    public long Late { get; private set; }

    public double AbsoluteErrorSum { get; private set; }

    public IReadOnlyList<long> Histogram => _histogram;

    public double MeanAbsoluteErrorSeconds => Count == 0 ? 0 : AbsoluteErrorSum / Count;

    public void Add(PredictionScore score)
    {
        Count++;
        switch (score.Outcome)
        {
            case EtaOutcome.Early: Early++; break;
            case EtaOutcome.Late: Late++; break;
            default: Accurate++; break;
        }

        var absolute = Math.Abs(score.ErrorSeconds);
        AbsoluteErrorSum += absolute;
        _histogram[Math.Min(BinCount - 1, (int)(absolute / BinSeconds))]++;
    }

    public void Merge(AccuracyCounts other)
    {
        ArgumentNullException.ThrowIfNull(other);
        Count += other.Count;
        Accurate += other.Accurate;
        Early += other.Early;
        Late += other.Late;
        AbsoluteErrorSum += other.AbsoluteErrorSum;
        for (var i = 0; i < BinCount; i++)
        {
            _histogram[i] += other._histogram[i];
        }
    }

    /// <summary>The absolute error (s) below which <paramref name="fraction"/> of the predictions fall, to the bin's upper edge; null when empty.</summary>
    public int? AbsoluteErrorPercentile(double fraction)
    {
        if (Count == 0)
        {
            return null;
        }

        var wanted = Math.Max(1, (long)Math.Ceiling(fraction * Count));
        long seen = 0;
        for (var i = 0; i < BinCount; i++)
        {
            seen += _histogram[i];
            if (seen >= wanted)
            {
                return (i + 1) * BinSeconds;
            }
        }

        return BinCount * BinSeconds;
    }
}
