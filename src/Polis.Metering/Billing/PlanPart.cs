using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing;

/// <summary>
/// The part of a bill period one tariff version covers, with where its consumption is summed: one bucket, or one
/// per time-of-use period from <see cref="BucketOffset"/>. On a bill joining several tariffs (a switch inside the
/// period) its lines name their tariff, so the customer sees which tariff priced which days.
/// </summary>
internal sealed class PlanPart(Tariff tariff, TariffVersion version, BillPeriod span, int bucketOffset, bool labelledByTariff = false)
{
    public Tariff Tariff { get; } = tariff;

    /// <summary>The tariff id its lines carry: null on a one-tariff bill, whose lines are all the bill's tariff's.</summary>
    public string? LineTariffId { get; } = labelledByTariff ? tariff.Id : null;

    public TariffVersion Version { get; } = version;

    public BillPeriod Span { get; } = span;

    public int BucketOffset { get; } = bucketOffset;

    public TimeOfUseTable? TimeOfUse { get; } =
        version.Charges.OfType<TimeOfUseCharge>().FirstOrDefault() is { } tou ? new TimeOfUseTable(tou) : null;

    public int BucketCount => TimeOfUse?.PeriodCount ?? 1;

    public LineLabels Labels { get; } = new(version, labelledByTariff ? tariff.Name : null);

    /// <summary>How much of a month the part is: tier block sizes are multiplied by it.</summary>
    public decimal MonthShare { get; } = LocalDays.MonthShare(span.From, span.To);
}
