using Polis.Metering.Readings;

namespace Polis.Metering.Processing;

/// <summary>How many values of a quality start in the UTC quarter hour from <see cref="Start"/>.</summary>
public readonly record struct QuarterHourCount(DateTimeOffset Start, ReadingQuality Quality, long Values);
