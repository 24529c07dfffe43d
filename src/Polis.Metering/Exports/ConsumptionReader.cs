using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Exports;

/// <summary>
/// Builds a service point's <see cref="ConsumptionReport"/> from the validated interval store: never from raw reads, so
/// what a resident sees is what they are billed from, estimates and questionable values marked as such.
/// </summary>
public sealed class ConsumptionReader(ExportPlanner planner, IIntervalStore intervals)
{
    public async Task<ConsumptionReport> ReadAsync(ServicePoint servicePoint, DateTimeOffset from, DateTimeOffset to, ConsumptionResolution resolution,
        TimeZoneInfo zone, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(servicePoint);
        ArgumentNullException.ThrowIfNull(zone);
        var series = new List<ConsumptionSeries>();
        var totals = new ConsumptionTotals();
        foreach (var part in await planner.PartsAsync(servicePoint, from, to, cancellationToken))
        {
            var values = await intervals.ListAsync(part.Meter.Id, part.From, part.To, cancellationToken);
            totals.Add(part, values);
            series.Add(new ConsumptionSeries(part.Meter.Id, part.Meter.Kind, MeterKinds.UnitOf(part.Meter.Kind), part.From, part.To, part.ExpectedIntervals,
                ValuesOf(values, resolution, zone)));
        }

        var (earlierFrom, earlierTo) = (YearEarlier(from, zone), YearEarlier(to, zone));
        var earlier = new ConsumptionTotals();
        foreach (var part in await planner.PartsAsync(servicePoint, earlierFrom, earlierTo, cancellationToken))
        {
            earlier.Add(part, await intervals.ListAsync(part.Meter.Id, part.From, part.To, cancellationToken));
        }

        return new ConsumptionReport(servicePoint.Id, from, to, ConsumptionResolutions.NameOf(resolution), zone.Id, series, totals.ToList(),
            earlier.IsEmpty ? null : new ConsumptionComparison(earlierFrom, earlierTo, earlier.ToList()));
    }

    /// <summary>The same local date and clock time a year earlier (29 February becomes 28 February; a time lost to DST moves on to the next valid one).</summary>
    public static DateTimeOffset YearEarlier(DateTimeOffset instant, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(instant, zone).DateTime.AddYears(-1);
        while (zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    private static List<ConsumptionValue> ValuesOf(IReadOnlyList<StoredInterval> values, ConsumptionResolution resolution, TimeZoneInfo zone) =>
        resolution == ConsumptionResolution.Interval
            ? [.. values.Select(v => new ConsumptionValue(v.Value.Start, v.Value.End, v.Value.Quantity, v.Value.Quality, 1,
                v.Value.Quality == ReadingQuality.Estimated ? 1 : 0, v.Rule, v.Reason))]
            : [.. ConsumptionAggregator.Aggregate(values, resolution, zone).Select(b => new ConsumptionValue(b.Start, b.End, b.Quantity, b.Quality, b.Intervals,
                Math.Round(b.EstimatedShare, 4), null, null))];
}
