namespace Polis.Metering.Readings;

/// <summary>
/// One value of a meter's current validated series, with the rule ids that fired on it (VEE's formatted rule list,
/// null when none did) and the reason in words (null when there is nothing to say).
/// </summary>
public readonly record struct StoredInterval(IntervalValue Value, string? Rule = null, string? Reason = null);
