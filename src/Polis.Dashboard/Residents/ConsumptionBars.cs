using System.Globalization;
using Polis.Metering.Exports;
using Polis.Metering.Readings;

namespace Polis.Dashboard.Residents;

/// <summary>
/// Lays out a series' values as bars in a <see cref="Width"/> × <see cref="Height"/> view box: one slot per value in
/// time order, the tallest bar the full height, a gap between bars while they are wide enough to show one. A bar with
/// any estimated interval is marked, so a household sees which part of its use was not measured.
/// </summary>
public static class ConsumptionBars
{
    public const double Width = 600;

    public const double Height = 160;

    public static IReadOnlyList<ConsumptionBar> Layout(IReadOnlyList<ConsumptionValue> values, string unit)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return [];
        }

        var highest = values.Max(v => v.Quantity);
        var slot = Width / values.Count;
        // A 1-unit gap only while bars stay at least 3 units wide: a month of quarter hours would be all gap otherwise.
        var gap = slot >= 4 ? 1 : 0;
        return [.. values.Select((value, i) =>
        {
            var height = highest > 0 ? Math.Max(0, value.Quantity) / highest * Height : 0;
            var title = string.Create(CultureInfo.InvariantCulture, $"{value.Start:yyyy-MM-dd HH:mm}: {value.Quantity:0.###} {unit}");
            return new ConsumptionBar(i * slot, Height - height, slot - gap, height, IsEstimated(value), IsEstimated(value) ? title + " (estimated)" : title);
        })];
    }

    /// <summary>True when any interval of the value was estimated by validation rather than measured.</summary>
    public static bool IsEstimated(ConsumptionValue value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Quality == ReadingQuality.Estimated || value.EstimatedShare > 0;
    }
}
