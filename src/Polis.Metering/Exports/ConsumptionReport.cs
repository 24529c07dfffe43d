namespace Polis.Metering.Exports;

/// <summary>
/// A service point's consumption over [<see cref="From"/>, <see cref="To"/>) from validated intervals only: one series
/// per meter installed there, totals per unit, and the same period a year earlier when there is data for it.
/// </summary>
public sealed record ConsumptionReport(
    string ServicePointId,
    DateTimeOffset From,
    DateTimeOffset To,
    string Resolution,
    string TimeZone,
    IReadOnlyList<ConsumptionSeries> Series,
    IReadOnlyList<ConsumptionTotal> Totals,
    ConsumptionComparison? YearEarlier);
