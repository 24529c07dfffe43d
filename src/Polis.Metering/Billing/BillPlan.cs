using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing;

/// <summary>
/// One tariff over one bill period in one time zone, compiled once and shared by every account a run bills with
/// it: the period's instants, the tariff versions' parts, and for each UTC quarter hour of the period the bucket its
/// consumption is summed in (version part × time-of-use period, by local clock time) and its local day. A plan that
/// cannot bill (invalid tariff, a day without a version in force) carries the <see cref="Refusal"/> instead.
/// </summary>
public sealed class BillPlan
{
    internal const long SlotTicks = TimeOfUseValidator.SlotMinutes * TimeSpan.TicksPerMinute;

    private BillPlan(Tariff tariff, BillPeriod period, TimeZoneInfo zone)
    {
        Tariff = tariff;
        Period = period;
        Zone = zone;
        StartUtc = LocalDays.StartUtc(period.From, zone);
        EndUtc = LocalDays.StartUtc(period.To, zone);
    }

    private BillPlan(BillPlan plan, PlanPart[] parts, ushort[] bucketOfSlot, ushort[] dayOfSlot)
    {
        (Tariff, Period, Zone, StartUtc, EndUtc) = (plan.Tariff, plan.Period, plan.Zone, plan.StartUtc, plan.EndUtc);
        (Parts, BucketOfSlot, DayOfSlot) = (parts, bucketOfSlot, dayOfSlot);
        BucketCount = parts[^1].BucketOffset + parts[^1].BucketCount;
    }

    public Tariff Tariff { get; }

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
        ArgumentNullException.ThrowIfNull(zone);
        if (TariffValidator.Validate(tariff) is { Count: > 0 } errors)
        {
            var message = $"Tariff {tariff.Id} is invalid: {string.Join(" ", errors)}";
            return new BillPlan(tariff, period, zone) { Refusal = new BillRefusal(BillRefusalReason.InvalidTariff, message) };
        }

        var (parts, uncovered) = Split(tariff, period);
        if (uncovered is { } day)
        {
            var message = $"Tariff {tariff.Id} has no version in force on {day:yyyy-MM-dd}, inside the bill period {period}.";
            return new BillPlan(tariff, period, zone) { Refusal = new BillRefusal(BillRefusalReason.TariffNotInForce, message) };
        }

        var plan = new BillPlan(tariff, period, zone);
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

    /// <summary>The period cut at version boundaries, or the first day no version covers.</summary>
    private static (PlanPart[] Parts, DateOnly? Uncovered) Split(Tariff tariff, BillPeriod period)
    {
        var parts = new List<PlanPart>();
        var day = period.From;
        var offset = 0;
        while (day < period.To)
        {
            var version = tariff.Versions.FirstOrDefault(v => v.Covers(day));
            if (version is null)
            {
                return ([], day);
            }

            var end = version.To is { } to && to < period.To ? to : period.To;
            var part = new PlanPart(version, new BillPeriod(day, end), offset);
            parts.Add(part);
            offset += part.BucketCount;
            day = end;
        }

        return ([.. parts], null);
    }
}
