using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing;

/// <summary>
/// One tariff over one bill period in one time zone, compiled once and shared by every account a run bills with
/// it: the period's instants, the tariff versions' parts, and for each UTC quarter hour of the period the bucket its
/// consumption is summed in (version part × time-of-use period, by local clock time) and its local day. A plan that
/// cannot bill (invalid tariff, a day without a version in force) carries the <see cref="Refusal"/> instead. A plan
/// may join several tariffs, each over its own segment of the period (a tariff switch inside it): the period is cut
/// at every switch and every version change, and each part is priced by its own tariff version.
/// </summary>
public sealed class BillPlan
{
    internal const long SlotTicks = TimeOfUseValidator.SlotMinutes * TimeSpan.TicksPerMinute;

    private BillPlan(IReadOnlyList<TariffSegment> segments, BillPeriod period, TimeZoneInfo zone)
    {
        Segments = segments;
        Tariff = segments[0].Tariff;
        Period = period;
        Zone = zone;
        StartUtc = LocalDays.StartUtc(period.From, zone);
        EndUtc = LocalDays.StartUtc(period.To, zone);
    }

    private BillPlan(BillPlan plan, PlanPart[] parts, ushort[] bucketOfSlot, ushort[] dayOfSlot)
    {
        (Segments, Tariff, Period, Zone, StartUtc, EndUtc) = (plan.Segments, plan.Tariff, plan.Period, plan.Zone, plan.StartUtc, plan.EndUtc);
        (Parts, BucketOfSlot, DayOfSlot) = (parts, bucketOfSlot, dayOfSlot);
        BucketCount = parts[^1].BucketOffset + parts[^1].BucketCount;
    }

    /// <summary>The tariff at the period's start (the only one unless the plan has several segments).</summary>
    public Tariff Tariff { get; }

    /// <summary>The tariffs of the period, each with the part of it it bills, in order.</summary>
    public IReadOnlyList<TariffSegment> Segments { get; }

    /// <summary>Whether a tariff switch inside the period joins several tariffs on one bill.</summary>
    public bool IsSwitch => Segments.Count > 1;

    /// <summary>The bill's tariff id: the segments' ids joined with ", " (like the meter ids of an exchange).</summary>
    public string TariffId => string.Join(", ", Segments.Select(s => s.Tariff.Id));

    /// <summary>The bill's tariff name: the segments' names joined with ", ".</summary>
    public string TariffName => string.Join(", ", Segments.Select(s => s.Tariff.Name));

    public BillPeriod Period { get; }

    public TimeZoneInfo Zone { get; }

    /// <summary>Local midnight starting the period, as an instant.</summary>
    public DateTimeOffset StartUtc { get; }

    /// <summary>Local midnight ending the period, as an instant.</summary>
    public DateTimeOffset EndUtc { get; }

    /// <summary>Why no bill can be computed with this plan, or null.</summary>
    public BillRefusal? Refusal { get; private init; }

    internal PlanPart[] Parts { get; } = [];

    internal int BucketCount { get; }

    /// <summary>Per UTC quarter hour from <see cref="StartUtc"/>: the bucket its consumption is summed in.</summary>
    internal ushort[] BucketOfSlot { get; } = [];

    /// <summary>Per UTC quarter hour from <see cref="StartUtc"/>: its local day, 0 for the period's first.</summary>
    internal ushort[] DayOfSlot { get; } = [];

    public static BillPlan Create(Tariff tariff, BillPeriod period, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(tariff);
        ArgumentNullException.ThrowIfNull(period);
        return Create([new TariffSegment(tariff, period)], period, zone);
    }

    /// <summary>
    /// A plan for tariffs that follow each other inside the period (a switch from one to the next on a local date).
    /// The segments must cover the period in order without gap or overlap and bill one meter kind in one currency.
    /// </summary>
    public static BillPlan Create(IReadOnlyList<TariffSegment> segments, BillPeriod period, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(zone);
        CheckSegments(segments, period);
        foreach (var segment in segments)
        {
            if (TariffValidator.Validate(segment.Tariff) is { Count: > 0 } errors)
            {
                var message = $"Tariff {segment.Tariff.Id} is invalid: {string.Join(" ", errors)}";
                return new BillPlan(segments, period, zone) { Refusal = new BillRefusal(BillRefusalReason.InvalidTariff, message) };
            }
        }

        var (parts, uncovered) = Split(segments);
        if (uncovered is var (tariff, day))
        {
            var message = $"Tariff {tariff.Id} has no version in force on {day:yyyy-MM-dd}, inside the bill period {period}.";
            return new BillPlan(segments, period, zone) { Refusal = new BillRefusal(BillRefusalReason.TariffNotInForce, message) };
        }

        var plan = new BillPlan(segments, period, zone);
        var slots = (int)((plan.EndUtc.UtcTicks - plan.StartUtc.UtcTicks + SlotTicks - 1) / SlotTicks);
        var buckets = new ushort[slots];
        var days = new ushort[slots];
        var p = 0;
        for (var s = 0; s < slots; s++)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(new DateTime(plan.StartUtc.UtcTicks + (s * SlotTicks), DateTimeKind.Utc), zone);
            var date = DateOnly.FromDateTime(local);
            while (!parts[p].Span.Contains(date))
            {
                p++;
            }

            var touPeriod = parts[p].TimeOfUse?.PeriodAt(date, (local.Hour * 60) + local.Minute) ?? 0;
            buckets[s] = checked((ushort)(parts[p].BucketOffset + touPeriod));
            days[s] = checked((ushort)(date.DayNumber - period.From.DayNumber));
        }

        return new BillPlan(plan, parts, buckets, days);
    }

    /// <summary>Segments that do not tile the period, or disagree on meter kind or currency, are a caller's mistake.</summary>
    private static void CheckSegments(IReadOnlyList<TariffSegment> segments, BillPeriod period)
    {
        if (segments.Count == 0 || segments[0].Span.From != period.From || segments[^1].Span.To != period.To)
        {
            throw new ArgumentException($"Tariff segments must cover the bill period {period}.", nameof(segments));
        }

        for (var i = 1; i < segments.Count; i++)
        {
            var (before, after) = (segments[i - 1], segments[i]);
            if (after.Span.From != before.Span.To)
            {
                throw new ArgumentException($"Tariff segments must follow each other: {before.Span} then {after.Span}.", nameof(segments));
            }

            if (after.Tariff.MeterKind != before.Tariff.MeterKind || !string.Equals(after.Tariff.Currency, before.Tariff.Currency, StringComparison.Ordinal))
            {
                throw new ArgumentException(
                    $"Tariffs {before.Tariff.Id} and {after.Tariff.Id} cannot share a bill: one bill has one meter kind and one currency.", nameof(segments));
            }
        }
    }

    /// <summary>Each segment cut at its tariff's version boundaries, or the first day (and tariff) no version covers.</summary>
    private static (PlanPart[] Parts, (Tariff, DateOnly)? Uncovered) Split(IReadOnlyList<TariffSegment> segments)
    {
        var parts = new List<PlanPart>();
        var offset = 0;
        var labelled = segments.Count > 1;
        foreach (var (tariff, span) in segments)
        {
            var day = span.From;
            while (day < span.To)
            {
                var version = tariff.Versions.FirstOrDefault(v => v.Covers(day));
                if (version is null)
                {
                    return ([], (tariff, day));
                }

                var end = version.To is { } to && to < span.To ? to : span.To;
                var part = new PlanPart(tariff, version, new BillPeriod(day, end), offset, labelled);
                parts.Add(part);
                offset += part.BucketCount;
                day = end;
            }
        }

        return ([.. parts], null);
    }
}
