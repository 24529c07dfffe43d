namespace Polis.Transit.Realtime.Alerts;

/// <summary>A time an alert applies, as written in a request (ISO 8601 with offset; either end may be left open).</summary>
public sealed record AlertActivePeriodRequest(DateTimeOffset? Start, DateTimeOffset? End);
