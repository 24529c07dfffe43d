using Polis.Metering.Readings;

namespace Polis.Metering.Registers;

/// <summary>
/// Cumulative register reads → interval consumption on a fixed grid. Consumption between two reads is the register
/// difference (plus the capacity when the register rolled over), spread linearly over the time between them; reads
/// within the snap tolerance of a boundary count as taken on it. Reads further apart than the spacing limit leave a
/// <see cref="RegisterGap"/> whose total the registers prove, for VEE to estimate. A decrease that is no rollover
/// makes the intervals around it Questionable; it is never hidden. Several installations (a meter exchange) add up:
/// the old meter's final read and the new one's initial read close the consumption across the exchange.
/// </summary>
public static class RegisterConverter
{
    /// <summary>Converts the reads of one meter that is always in place (capacity for rollover optional).</summary>
    public static RegisterConversion Convert(IntervalGrid grid, ReadOnlyMemory<RegisterRead> reads, RegisterOptions options, double? capacity = null) =>
        Convert(grid, [new MeterReads(RegisterInstallation.Always("meter", capacity), reads)], options);

    /// <summary>Converts the reads of every meter installed at a service point over time onto one grid.</summary>
    public static RegisterConversion Convert(IntervalGrid grid, IReadOnlyList<MeterReads> meters, RegisterOptions options)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(options);
        var accumulator = new GridAccumulator(grid);
        var outcomes = new RegisterReadOutcome[meters.Count][];
        var conflicts = new Dictionary<long, string>();
        var maxSpacing = (long)(grid.Step.Ticks * options.MaxReadSpacingSteps);
        RegisterPoint[] points = [];
        for (var m = 0; m < meters.Count; m++)
        {
            var meter = meters[m];
            outcomes[m] = new RegisterReadOutcome[meter.Reads.Length];
            if (points.Length < meter.Reads.Length + 2)
            {
                points = new RegisterPoint[meter.Reads.Length + 2];
            }

            var count = ReadPreparation.Prepare(meter, grid.Step.Ticks, options, points, outcomes[m], conflicts);
            var curve = new RegisterCurve(points.AsSpan(0, count), meter.Installation, options.RolloverMargin);
            for (var p = 0; p + 1 < count; p++)
            {
                AddPair(accumulator, curve, p, maxSpacing, conflicts);
            }
        }

        return RegisterConversionBuilder.Build(accumulator, outcomes);
    }

    private static void AddPair(GridAccumulator accumulator, RegisterCurve curve, int p, long maxSpacing, Dictionary<long, string> conflicts)
    {
        var (a, b) = (curve.Points[p], curve.Points[p + 1]);
        var consumption = b.Value - a.Value;
        var flags = RegisterFindings.None;
        var rollover = consumption < 0 && curve.IsRollover(p);
        if (rollover)
        {
            consumption += curve.Installation.Capacity!.Value;
            flags |= RegisterFindings.Rollover;
        }

        var decrease = curve.IsDecrease(p) || (p > 0 && curve.IsDecrease(p - 1)) || curve.IsDecrease(p + 1);
        flags |= decrease ? RegisterFindings.Decrease : RegisterFindings.None;
        // Apportioned only when an off-grid read's pair is split across a boundary (within one interval nothing is guessed).
        var split = a.Ticks / accumulator.Step != (b.Ticks - 1) / accumulator.Step;
        flags |= (a.OffGrid || b.OffGrid) && split ? RegisterFindings.Apportioned : RegisterFindings.None;
        flags |= a.Conflict || b.Conflict ? RegisterFindings.DuplicateConflict : RegisterFindings.None;
        // The installation's initial read can only be the first point and its final read the last.
        var installed = a.Source < 0 && p == 0;
        var removed = b.Source < 0 && p + 2 == curve.Points.Length;
        flags |= installed || removed ? RegisterFindings.MeterExchange : RegisterFindings.None;
        var (first, last) = accumulator.Add(a.Ticks, b.Ticks, consumption, flags, b.Ticks - a.Ticks <= maxSpacing);
        if (last < first || (flags & ~RegisterFindings.Apportioned) == 0)
        {
            return;
        }

        var id = curve.Installation.MeterId;
        if (rollover)
        {
            accumulator.Explain(first, last, $"register of {id} rolled over at its capacity {ReasonText.Number(curve.Installation.Capacity!.Value)}: {ReasonText.Number(a.Value)} at {ReasonText.Instant(a.Ticks)} → {ReasonText.Number(b.Value)} at {ReasonText.Instant(b.Ticks)}");
        }

        if (curve.IsDecrease(p))
        {
            accumulator.Explain(first, last, $"register of {id} went down from {ReasonText.Number(a.Value)} at {ReasonText.Instant(a.Ticks)} to {ReasonText.Number(b.Value)} at {ReasonText.Instant(b.Ticks)} (not a rollover)");
        }
        else if (decrease)
        {
            var suspect = p > 0 && curve.IsDecrease(p - 1) ? a.Ticks : b.Ticks;
            accumulator.Explain(first, last, $"uses the read of {id} at {ReasonText.Instant(suspect)} next to a register decrease");
        }

        foreach (var point in (ReadOnlySpan<RegisterPoint>)[a, b])
        {
            if (point.Conflict && conflicts.TryGetValue(point.Ticks, out var conflict))
            {
                accumulator.Explain(first, last, conflict);
            }
        }

        if (installed)
        {
            accumulator.Explain(first, last, $"meter {id} installed at {ReasonText.Instant(a.Ticks)} with initial read {ReasonText.Number(a.Value)}");
        }

        if (removed)
        {
            accumulator.Explain(first, last, $"meter {id} removed at {ReasonText.Instant(b.Ticks)} with final read {ReasonText.Number(b.Value)}");
        }
    }
}
