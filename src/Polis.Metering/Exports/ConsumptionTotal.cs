namespace Polis.Metering.Exports;

/// <summary>
/// The consumption of one unit (kWh or m3) over a range, with how much of it was estimated, edited by an analyst or is
/// still questionable, how many interval values it sums and how many a complete series would have had but are missing.
/// </summary>
public sealed record ConsumptionTotal(string Unit, double Quantity, double Estimated, double Edited, double Questionable, long Intervals, long MissingIntervals);
