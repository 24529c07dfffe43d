namespace Polis.Metering.Exports;

/// <summary>The totals of the same local period a year earlier (same dates and clock times), when any values exist for it.</summary>
public sealed record ConsumptionComparison(DateTimeOffset From, DateTimeOffset To, IReadOnlyList<ConsumptionTotal> Totals);
