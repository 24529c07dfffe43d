using Polis.Metering.Meters;

namespace Polis.Metering.Billing.Runs;

/// <summary>A bill in a listing: who, what, the issued total and the total after its adjustments.</summary>
public sealed record BillListItem(
    long Id,
    long RunId,
    string AccountId,
    string ServicePointId,
    MeterKind MeterKind,
    DateOnly PeriodFrom,
    DateOnly PeriodTo,
    string TariffId,
    string Currency,
    decimal IssuedTotal,
    int Adjustments,
    decimal CurrentTotal,
    DateTimeOffset IssuedAt);
