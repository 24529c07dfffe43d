using Polis.Metering.Meters;

namespace Polis.Metering.Api;

/// <summary>A meter as its household sees it: what it measures, in which unit, and when it was in place at the service point.</summary>
public sealed record MyMeterResponse(string Id, MeterKind Kind, string Unit, string Serial, int IntervalMinutes, DateTimeOffset InstalledFrom, DateTimeOffset? InstalledTo);
