namespace Polis.Metering.Detection;

/// <summary>The detectors that ran on one meter (so open findings of those kinds not seen again are resolved) and what they found.</summary>
public sealed record MeterAssessment(IReadOnlyList<FindingKind> Assessed, IReadOnlyList<DetectedCondition> Found);
