using Polis.Metering.Readings;

namespace Polis.Metering.Exports;

/// <summary>
/// The consumption of [<see cref="Start"/>, <see cref="End"/>) summed from <see cref="Intervals"/> validated values:
/// <see cref="Quality"/> is the worst among them (Questionable, then Estimated, Edited, Valid), and the estimated values'
/// count and quantity say how much of it was filled in rather than measured.
/// </summary>
public readonly record struct ConsumptionBucket(
    DateTimeOffset Start,
    DateTimeOffset End,
    double Quantity,
    ReadingQuality Quality,
    int Intervals,
    int EstimatedIntervals,
    double EstimatedQuantity)
{
    /// <summary>The share of the bucket's intervals that are estimates (0 to 1).</summary>
    public double EstimatedShare => Intervals == 0 ? 0 : (double)EstimatedIntervals / Intervals;
}
