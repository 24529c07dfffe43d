using Polis.Metering.Readings;

namespace Polis.Metering.Validation;

/// <summary>
/// One change of one interval value, kept forever beside the original: what it was (null when there was no value —
/// a gap), what it became, which rule ids (<see cref="VeeRuleIds"/>) and reason caused it, who (<c>vee</c> or an
/// analyst) and when. A measured value's first entry shows it as measured (its quantity, Valid).
/// </summary>
public sealed record VeeAuditEntry(
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
