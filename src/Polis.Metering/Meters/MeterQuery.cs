namespace Polis.Metering.Meters;

/// <summary>Filters of a meter listing; null filters match everything.</summary>
public sealed record MeterQuery(MeterKind? Kind = null, string? DeviceId = null, string? Search = null, int Offset = 0, int Limit = 100);
