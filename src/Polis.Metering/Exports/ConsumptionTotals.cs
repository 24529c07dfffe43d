using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Exports;

/// <summary>Adds up interval values per unit, by quality, and counts what is missing from each part.</summary>
internal sealed class ConsumptionTotals
{
    private readonly SortedDictionary<string, ConsumptionTotal> _byUnit = new(StringComparer.Ordinal);

    public bool IsEmpty => _byUnit.Values.All(t => t.Intervals == 0);

    public void Add(ExportPart part, IReadOnlyList<StoredInterval> values)
    {
        var unit = MeterKinds.UnitOf(part.Meter.Kind);
        var total = _byUnit.GetValueOrDefault(unit) ?? new ConsumptionTotal(unit, 0, 0, 0, 0, 0, 0);
        double quantity = 0, estimated = 0, edited = 0, questionable = 0;
        foreach (var stored in values)
        {
            var value = stored.Value;
            quantity += value.Quantity;
            estimated += value.Quality == ReadingQuality.Estimated ? value.Quantity : 0;
            edited += value.Quality == ReadingQuality.Edited ? value.Quantity : 0;
            questionable += value.Quality == ReadingQuality.Questionable ? value.Quantity : 0;
        }

        _byUnit[unit] = total with
        {
            Quantity = total.Quantity + quantity,
            Estimated = total.Estimated + estimated,
            Edited = total.Edited + edited,
            Questionable = total.Questionable + questionable,
            Intervals = total.Intervals + values.Count,
            MissingIntervals = total.MissingIntervals + Math.Max(0, part.ExpectedIntervals - values.Count),
        };
    }

    public IReadOnlyList<ConsumptionTotal> ToList() => [.. _byUnit.Values];
}
