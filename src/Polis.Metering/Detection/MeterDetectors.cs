using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Detection;

/// <summary>
/// Runs the detectors that apply to one meter over its values: leaks (night flow, continuous flow) on water meters,
/// zero use on electricity and water meters at occupied service points, spikes and change points on electricity and
/// water meters (heat and gas too with <see cref="DetectionOptions.AnomaliesOnHeatAndGas"/>).
/// A feeder meter (one a service point names) gets only the anomaly detectors; its losses are the balance's.
/// </summary>
public static class MeterDetectors
{
    /// <summary>
    /// <paramref name="values"/> start <see cref="DetectionOptions.LookbackDays"/> before <paramref name="assessFrom"/>;
    /// <paramref name="knownBaseFlow"/> is the base flow of an open leak finding.
    /// </summary>
    public static MeterAssessment Assess(
        MeterContext meter, ReadOnlySpan<IntervalValue> values, bool isFeeder, DateOnly assessFrom, DateOnly assessTo, TimeZoneInfo zone,
        DetectionOptions options, double? knownBaseFlow = null)
    {
        ArgumentNullException.ThrowIfNull(meter);
        ArgumentNullException.ThrowIfNull(options);
        var assessed = new List<FindingKind>(5);
        var found = new List<DetectedCondition>();
        var id = meter.Meter.Id;
        var kind = meter.Meter.Kind;
        if (kind == MeterKind.Water && !isFeeder)
        {
            assessed.Add(FindingKind.NightFlow);
            assessed.Add(FindingKind.ContinuousFlow);
            Add(found, NightFlowDetector.Detect(id, values, meter.ServicePoint?.Kind ?? ServicePointKind.Household, assessFrom, assessTo, zone, options, knownBaseFlow));
            Add(found, ContinuousFlowDetector.Detect(id, values, assessFrom, assessTo, zone, options, knownBaseFlow));
        }

        var days = DailyTotals.Of(values, assessFrom.AddDays(-options.LookbackDays), assessTo, zone);
        if (kind is MeterKind.Electricity or MeterKind.Water && !isFeeder && meter.ServicePoint is { Occupied: true })
        {
            assessed.Add(FindingKind.ZeroUse);
            Add(found, ZeroUseDetector.Detect(id, days, assessFrom, zone, options));
        }

        if (kind is MeterKind.Electricity or MeterKind.Water || options.AnomaliesOnHeatAndGas)
        {
            assessed.Add(FindingKind.Spike);
            assessed.Add(FindingKind.ChangePoint);
            Add(found, SpikeDetector.Detect(id, days, assessFrom, zone, options));
            Add(found, ChangePointDetector.Detect(id, days, assessFrom, zone, options));
        }
        return new MeterAssessment(assessed, found);
    }

    private static void Add(List<DetectedCondition> found, DetectedCondition? condition)
    {
        if (condition is not null)
        {
            found.Add(condition);
        }
    }
}
