namespace Polis.Platform.Telemetry.Api;

/// <summary>A key aggregated across devices per interval, optionally grouped by district.</summary>
public sealed record AggregateResponse(string Key, long From, long To, long Interval, string Agg, string Source, IReadOnlyList<AggregateGroup> Groups);
