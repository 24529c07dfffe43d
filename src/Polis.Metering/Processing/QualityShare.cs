using Polis.Metering.Readings;

namespace Polis.Metering.Processing;

/// <summary>How many values have a quality, and their share of all values (0 to 1).</summary>
public sealed record QualityShare(ReadingQuality Quality, long Values, double Share);
