using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing;

/// <summary>
/// The part of a bill period one tariff version covers, with where its consumption is summed: one bucket, or one
/// per time-of-use period from <see cref="BucketOffset"/>.
/// </summary>
internal sealed class PlanPart(TariffVersion version, BillPeriod span, int bucketOffset)
{
    public TariffVersion Version { get; } = version;

    public BillPeriod Span { get; } = span;

    public int BucketOffset { get; } = bucketOffset;

    public TimeOfUseTable? TimeOfUse { get; } =
        version.Charges.OfType<TimeOfUseCharge>().FirstOrDefault() is { } tou ? new TimeOfUseTable(tou) : null;

    public int BucketCount => TimeOfUse?.PeriodCount ?? 1;

    public LineLabels Labels { get; } = new(version);

    /// <summary>How much of a month the part is: tier block sizes are multiplied by it.</summary>
    public decimal MonthShare { get; } = LocalDays.MonthShare(span.From, span.To);
}
