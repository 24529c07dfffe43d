namespace Polis.Metering.Detection;

/// <summary>
/// A change point: the first day of the new level (estimated as the day after the CUSUM last stood at zero), its
/// direction, the reference median and robust standard deviation, the mean since, and the CUSUM against its threshold.
/// </summary>
public sealed record ChangePointEvidence(DateOnly ChangeDate, string Direction, double ReferenceMedian, double ReferenceSigma, double MeanSince, double Cusum, double Threshold);
