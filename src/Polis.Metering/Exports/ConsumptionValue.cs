using Polis.Metering.Readings;

namespace Polis.Metering.Exports;

/// <summary>
/// One value of a resident's consumption view: an interval or a bucket with its quantity, worst quality, how many
/// intervals it sums and the share of them estimated; at interval resolution also VEE's rule ids and reason, which say
/// how an estimate was made (<c>estimate-linear</c>, <c>estimate-like-day</c>) or why a value is questionable.
/// </summary>
public sealed record ConsumptionValue(
    DateTimeOffset Start, DateTimeOffset End, double Quantity, ReadingQuality Quality, int Intervals, double EstimatedShare, string? Rule, string? Reason);
