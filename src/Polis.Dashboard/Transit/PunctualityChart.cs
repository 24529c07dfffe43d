using MudBlazor;

namespace Polis.Dashboard.Transit;

/// <summary>
/// The stacked early / on time / late shares the performance charts draw, in the map's colours for the same
/// judgement (early blue, on time green, late orange), so a colour means one thing across the transit pages.
/// </summary>
public static class PunctualityChart
{
    public static ChartOptions Options { get; } = new()
    {
        ChartPalette = [DelayBands.Colour(DelayBand.Early), DelayBands.Colour(DelayBand.OnTime), DelayBands.Colour(DelayBand.Late)],
        YAxisTicks = 20,
        MaxNumYAxisTicks = 6,
        YAxisFormat = "0'%'",
    };

    public static List<ChartSeries> Series(IReadOnlyList<OnTimeCounts> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return
        [
            new ChartSeries { Name = "early", Data = [.. counts.Select(c => c.EarlyPercent)] },
            new ChartSeries { Name = "on time", Data = [.. counts.Select(c => c.OnTimePercent)] },
            new ChartSeries { Name = "late", Data = [.. counts.Select(c => c.LatePercent)] },
        ];
    }
}
