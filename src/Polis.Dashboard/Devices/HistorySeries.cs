namespace Polis.Dashboard.Devices;

/// <summary>
/// A history read for the chart: the numeric points of the range [From, To) (Unix ms), which stored tier answered,
/// how many values were not numeric (text and JSON are stored but cannot be drawn), or why the read was refused.
/// </summary>
public sealed record HistorySeries(
    IReadOnlyList<ChartPoint> Points,
    long From,
    long To,
    string Source,
    int NotDrawn,
    string? Refusal)
{
    public static HistorySeries Refused(string why, long from, long to) => new([], from, to, "none", 0, why);
}
