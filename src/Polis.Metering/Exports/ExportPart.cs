using Polis.Metering.Meters;

namespace Polis.Metering.Exports;

/// <summary>
/// One meter's stretch at a service point within an export's range: [<see cref="From"/>, <see cref="To"/>) is where
/// its installation and the range overlap, so a meter exchange gives two parts and consumption continues across them.
/// </summary>
public sealed record ExportPart(ServicePoint ServicePoint, Meter Meter, DateTimeOffset From, DateTimeOffset To)
{
    /// <summary>How many interval values a complete series of this part has.</summary>
    public long ExpectedIntervals => Math.Max(0, (long)Math.Ceiling((To - From) / Meter.Interval));
}
