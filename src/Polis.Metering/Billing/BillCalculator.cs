using Polis.Metering.Readings;
using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing;

/// <summary>
/// Computes bills. One pass over a meter's interval values (UTC, sorted by start, as stores return them): each value
/// is summed into the bucket of the quarter hour its start falls in, and the pass checks that the values cover the
/// period exactly, with nothing questionable. Anything else refuses the bill: nothing is billed from unvalidated data.
/// </summary>
public static class BillCalculator
{
    private const int StackBuckets = 64;

    /// <summary>Compiles the plan and computes one bill; a run billing many accounts builds the plan once instead.</summary>
    public static BillResult Compute(BillSubject subject, BillPeriod period, Tariff tariff, TimeZoneInfo zone, ReadOnlySpan<IntervalValue> intervals) =>
        Compute(BillPlan.Create(tariff, period, zone), subject, intervals);

    /// <summary>
    /// The bill of <paramref name="subject"/> over the plan's period, or the refusal that says why not. Interval
    /// values wholly outside the period are ignored.
    /// </summary>
    public static BillResult Compute(BillPlan plan, BillSubject subject, ReadOnlySpan<IntervalValue> intervals)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(subject);
        if (plan.Refusal is { } refusal)
        {
            return BillResult.Refused(refusal);
        }

        if (subject.MeterKind != plan.Tariff.MeterKind)
        {
            return BillResult.Refused(new BillRefusal(BillRefusalReason.MeterKindMismatch,
                $"Meter {subject.MeterId} is a {subject.MeterKind} meter; tariff {plan.Tariff.Id} bills {plan.Tariff.MeterKind}."));
        }

        var buckets = plan.BucketCount <= StackBuckets ? stackalloc double[StackBuckets] : new double[plan.BucketCount];
        buckets = buckets[..plan.BucketCount];
        buckets.Clear();
        var daily = new double[plan.Period.Days];
        var problems = Sum(plan, intervals, buckets, daily);
        if (problems is not null)
        {
            return BillResult.Refused(problems.ToRefusal(subject, plan.Period));
        }

        var writer = BillLineWriter.For(plan);
        foreach (var part in plan.Parts)
        {
            writer.WritePart(part, buckets.Slice(part.BucketOffset, part.BucketCount));
        }

        return BillResult.Billed(new Bill
        {
            Subject = subject,
            Period = plan.Period,
            TariffId = plan.TariffId,
            TariffName = plan.TariffName,
            Currency = plan.Tariff.Currency,
            Unit = writer.Unit,
            Consumption = writer.Consumption,
            DailyConsumption = daily,
            Lines = writer.Lines,
            Subtotal = writer.Subtotal,
            Taxes = writer.Taxes,
        });
    }

    /// <summary>The single pass: sums into buckets and days, and returns the problems found (null when none).</summary>
    private static ProblemCollector? Sum(BillPlan plan, ReadOnlySpan<IntervalValue> intervals, Span<double> buckets, Span<double> daily)
    {
        ProblemCollector? problems = null;
        var start = plan.StartUtc.UtcTicks;
        var end = plan.EndUtc.UtcTicks;
        var bucketOfSlot = plan.BucketOfSlot;
        var dayOfSlot = plan.DayOfSlot;
        var expected = start;
        foreach (ref readonly var value in intervals)
        {
            var from = value.Start.UtcTicks;
            var to = value.End.UtcTicks;
            if (to <= start || from >= end)
            {
                continue;
            }

            if (from < start || to > end || to <= from || !double.IsFinite(value.Quantity))
            {
                (problems ??= new()).Add(BillProblemKind.Invalid, from, to);
                expected = Math.Max(expected, to);
                continue;
            }

            if (from < expected)
            {
                (problems ??= new()).Add(BillProblemKind.Overlapping, from, Math.Min(to, expected));
                expected = Math.Max(expected, to);
                continue;
            }

            if (from > expected)
            {
                (problems ??= new()).Add(BillProblemKind.Missing, expected, from);
            }

            if (!value.IsBillable)
            {
                (problems ??= new()).Add(BillProblemKind.Questionable, from, to);
            }

            var slot = (int)((from - start) / BillPlan.SlotTicks);
            buckets[bucketOfSlot[slot]] += value.Quantity;
            daily[dayOfSlot[slot]] += value.Quantity;
            expected = to;
        }

        if (expected < end)
        {
            (problems ??= new()).Add(BillProblemKind.Missing, expected, end);
        }

        return problems;
    }
}
