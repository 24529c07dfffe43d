namespace Polis.Platform.Telemetry.Api;

/// <summary>A validated history request; Interval null means raw points.</summary>
public sealed record HistoryQuery(IReadOnlyList<string> Keys, long From, long To, long? Interval, Aggregation Agg, int Limit, bool NewestFirst);
