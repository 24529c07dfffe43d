namespace Polis.Metering.Detection;

/// <summary>
/// One local day's consumption of a meter. <see cref="Complete"/> only when Valid, Estimated or Edited values cover the
/// whole day (23, 24 or 25 hours); an incomplete day's <see cref="Total"/> is what is known and is never used as if whole.
/// </summary>
public readonly record struct DailyTotal(DateOnly Date, double Total, bool Complete);
