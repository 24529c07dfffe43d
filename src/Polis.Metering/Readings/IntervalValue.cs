namespace Polis.Metering.Readings;

/// <summary>
/// Consumption in one interval [<see cref="Start"/>, <see cref="End"/>) in the meter kind's unit (UTC instants, so a
/// 23- or 25-hour local day is just 92 or 100 quarter hours). The common currency of VEE, billing and detection.
/// </summary>
public readonly record struct IntervalValue(DateTimeOffset Start, DateTimeOffset End, double Quantity, ReadingQuality Quality)
{
    public TimeSpan Length => End - Start;

    /// <summary>Whether a bill may be computed from this value.</summary>
    public bool IsBillable => Quality is not ReadingQuality.Questionable;
}
