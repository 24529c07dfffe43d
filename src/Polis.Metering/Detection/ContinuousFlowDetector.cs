using System.Globalization;
using Polis.Metering.Readings;

namespace Polis.Metering.Detection;

/// <summary>
/// Continuous flow: a dwelling that is never without consumption for an hour over <see cref="DetectionOptions.ContinuousFlowMinimum"/>
/// has a leak (the "no hour without flow in 24 hours" rule of smart water meters' leak flags, e.g. Kamstrup flowIQ's
/// info codes). An hour is without consumption at or below the base flow (<see cref="NightFlowDetector.BaseFlows"/>)
/// plus <see cref="DetectionOptions.NoFlowMargin"/>. A missing or Questionable interval ends a run: unknown is never
/// counted as flowing.
/// </summary>
public static class ContinuousFlowDetector
{
    /// <summary>The latest run reaching [<paramref name="assessFrom"/>, <paramref name="assessTo"/>) that lasted long enough, or null.</summary>
    public static DetectedCondition? Detect(
        string meterId, ReadOnlySpan<IntervalValue> values, DateOnly assessFrom, DateOnly assessTo, TimeZoneInfo zone, DetectionOptions options, double? knownBaseFlow = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var from = assessFrom.AddDays(-(options.BaseFlowNights + options.LeakNights));
        var bases = NightFlowDetector.BaseFlows(NightFlowDetector.Minima(values, from, assessTo, zone, options), options.BaseFlowNights, knownBaseFlow);
        var assessStart = LocalTime.Midnight(assessFrom, zone);
        var assessEnd = LocalTime.Midnight(assessTo, zone);
        DateTimeOffset runStart = default, runEnd = default;
        double runMin = double.PositiveInfinity, runSum = 0, runBase = 0;
        DetectedCondition? found = null;
        foreach (var value in values)
        {
            var night = LocalTime.DateOf(value.Start, zone).DayNumber - from.DayNumber;
            if (night < 0 || value.Start >= assessEnd)
            {
                continue;
            }

            var flow = value.Quantity / value.Length.TotalHours;
            var baseFlow = night < bases.Length ? bases[night] : 0;
            if (!value.IsBillable || flow <= baseFlow + options.NoFlowMargin || value.Start != runEnd)
            {
                found = Episode(meterId, runStart, runEnd, runMin, runSum, runBase, assessStart, options) ?? found;
                (runStart, runMin, runSum, runBase) = (value.Start, double.PositiveInfinity, 0, baseFlow);
                if (!value.IsBillable || flow <= baseFlow + options.NoFlowMargin)
                {
                    runEnd = default;
                    continue;
                }
            }

            runEnd = value.End;
            runMin = Math.Min(runMin, flow);
            runSum += value.Quantity;
        }

        return Episode(meterId, runStart, runEnd, runMin, runSum, runBase, assessStart, options) ?? found;
    }

    private static DetectedCondition? Episode(
        string meterId, DateTimeOffset start, DateTimeOffset end, double min, double sum, double baseFlow, DateTimeOffset assessStart, DetectionOptions options)
    {
        if (end == default || end - start < options.ContinuousFlowMinimum || end <= assessStart)
        {
            return null;
        }

        var hours = (end - start).TotalHours;
        var evidence = new ContinuousFlowEvidence(hours, min, sum / hours, baseFlow, options.NoFlowMargin);
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"Consumption in every hour for {hours:0} h since {start:yyyy-MM-dd'T'HH:mm'Z'} (at least {min:0.###} m3/h, base {baseFlow:0.###}).");
        return new DetectedCondition(FindingKind.ContinuousFlow, meterId, start, end, summary, evidence);
    }
}
