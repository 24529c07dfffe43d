using Polis.Metering.Meters;

namespace Polis.Metering.Detection;

/// <summary>A meter with the service point it was installed at over the assessed range (null when at none).</summary>
public sealed record MeterContext(Meter Meter, ServicePoint? ServicePoint);
