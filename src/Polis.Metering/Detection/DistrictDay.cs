namespace Polis.Metering.Detection;

/// <summary>
/// One district's consumption on one local day: the sum of its meters' Valid, Estimated and Edited values (of the
/// meters installed at its service points at the time), how many meters reported, and how many Questionable
/// intervals were left out. <see cref="DistrictId"/> is null for service points without a district.
/// </summary>
public sealed record DistrictDay(DateOnly Date, string? DistrictId, double Consumption, int Meters, int QuestionableIntervals);
