using MudBlazor;
using Polis.Metering.Processing;
using Polis.Metering.Readings;

namespace Polis.Dashboard.Metering;

/// <summary>
/// The quality colours of the metering pages (valid green, estimated blue, edited purple, questionable red) and the
/// stacked series drawn with them, so a colour means one quality on every chart and in every table.
/// </summary>
public static class QualityChart
{
    public static IReadOnlyList<ReadingQuality> Qualities { get; } = Enum.GetValues<ReadingQuality>();

    public static string Colour(ReadingQuality quality) => quality switch
    {
        ReadingQuality.Valid => "#2e7d32",
        ReadingQuality.Estimated => "#1976d2",
        ReadingQuality.Edited => "#7b1fa2",
        _ => "#d32f2f",
    };

    public static ChartOptions Options { get; } = new()
    {
        ChartPalette = [.. Qualities.Select(Colour)],
        MaxNumYAxisTicks = 6,
    };

    /// <summary>Values per quality per local day: one stacked series per quality.</summary>
    public static List<ChartSeries> Days(IReadOnlyList<DailyQualityCounts> days)
    {
        ArgumentNullException.ThrowIfNull(days);
        return
        [
            new ChartSeries { Name = "valid", Data = [.. days.Select(d => (double)d.Valid)] },
            new ChartSeries { Name = "estimated", Data = [.. days.Select(d => (double)d.Estimated)] },
            new ChartSeries { Name = "edited", Data = [.. days.Select(d => (double)d.Edited)] },
            new ChartSeries { Name = "questionable", Data = [.. days.Select(d => (double)d.Questionable)] },
        ];
    }

    /// <summary>A meter's series: each interval's quantity in the series of its quality (zero in the others), so the bars take its colour.</summary>
    public static List<ChartSeries> Values(IReadOnlyList<StoredInterval> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        return [.. Qualities.Select(q => new ChartSeries
        {
            Name = MeteringText.Name(q),
            Data = [.. values.Select(v => v.Value.Quality == q ? v.Value.Quantity : 0)],
        })];
    }
}
