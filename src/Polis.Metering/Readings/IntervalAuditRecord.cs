namespace Polis.Metering.Readings;

/// <summary>
/// One change of one interval value of a meter, kept for ever: what it was (null quantity and quality when there was
/// no value, a gap), what it became, the rule and reason, who (<c>vee</c>, an analyst's name) and when. The same shape
/// as VEE's audit entries, so a VEE result is persisted as it is.
/// </summary>
public sealed record IntervalAuditRecord(
    DateTimeOffset IntervalStart,
    DateTimeOffset IntervalEnd,
    double? OldQuantity,
    ReadingQuality? OldQuality,
    double NewQuantity,
    ReadingQuality NewQuality,
    string Rule,
    string Reason,
    string Actor,
    DateTimeOffset At);
