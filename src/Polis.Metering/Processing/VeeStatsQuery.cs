using Polis.Metering.Meters;

namespace Polis.Metering.Processing;

/// <summary>Which interval values VEE statistics count: starting in [<see cref="From"/>, <see cref="To"/>), of meters of a district and kind.</summary>
public sealed record VeeStatsQuery(DateTimeOffset From, DateTimeOffset To, string? DistrictId = null, MeterKind? Kind = null)
{
    /// <summary>How many meters with the most Questionable values are listed.</summary>
    public const int TopMeters = 20;
}
