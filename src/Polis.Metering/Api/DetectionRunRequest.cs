namespace Polis.Metering.Api;

/// <summary>An on-demand detection run: local dates [from, to) (yyyy-MM-dd) and optionally only some meters.</summary>
public sealed record DetectionRunRequest(string? From, string? To, IReadOnlyList<string>? MeterIds);
