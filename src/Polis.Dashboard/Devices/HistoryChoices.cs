namespace Polis.Dashboard.Devices;

/// <summary>The choices the history chart offers, with how they read.</summary>
public static class HistoryChoices
{
    /// <summary>Interval in the telemetry API's form (null = raw) and its label.</summary>
    public static IReadOnlyList<(string? Value, string Label)> Intervals { get; } =
    [
        (null, "raw"),
        ("1m", "1 min"),
        ("15m", "15 min"),
        ("1h", "1 hour"),
        ("1d", "1 day"),
    ];

    public static IReadOnlyList<(HistoryRange Value, string Label)> Ranges { get; } =
    [
        (HistoryRange.LastHour, "last hour"),
        (HistoryRange.Last24Hours, "last 24 h"),
        (HistoryRange.Last7Days, "last 7 days"),
        (HistoryRange.Last30Days, "last 30 days"),
        (HistoryRange.Custom, "custom"),
    ];

    public static TimeSpan Length(HistoryRange range) => range switch
    {
        HistoryRange.LastHour => TimeSpan.FromHours(1),
        HistoryRange.Last24Hours => TimeSpan.FromDays(1),
        HistoryRange.Last7Days => TimeSpan.FromDays(7),
        _ => TimeSpan.FromDays(30),
    };
}
