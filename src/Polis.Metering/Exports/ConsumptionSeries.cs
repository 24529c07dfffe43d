using Polis.Metering.Meters;

namespace Polis.Metering.Exports;

/// <summary>One meter's consumption at a service point over [<see cref="From"/>, <see cref="To"/>), where it was installed.</summary>
public sealed record ConsumptionSeries(
    string MeterId, MeterKind Kind, string Unit, DateTimeOffset From, DateTimeOffset To, long ExpectedIntervals, IReadOnlyList<ConsumptionValue> Values);
