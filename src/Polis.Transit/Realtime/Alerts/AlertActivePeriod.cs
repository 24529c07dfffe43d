namespace Polis.Transit.Realtime.Alerts;

/// <summary>A time the alert applies, GTFS-Realtime TimeRange: open at either end when null, end exclusive.</summary>
public sealed record AlertActivePeriod(DateTimeOffset? Start, DateTimeOffset? End)
{
    /// <summary>True while the period has not ended at <paramref name="now"/> (it may not have begun yet).</summary>
    public bool EndsAfter(DateTimeOffset now) => End is null || End > now;
}
