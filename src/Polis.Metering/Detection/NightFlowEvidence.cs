namespace Polis.Metering.Detection;

/// <summary>
/// The numbers behind a night-flow leak: the nightly minima of the run (m³/h), the base flow they are measured
/// against, the threshold, the estimated leak rate (mean excess over the base) and the loss per day it means.
/// </summary>
public sealed record NightFlowEvidence(
    IReadOnlyList<NightMinimum> Nights,
    double BaseFlow,
    double Threshold,
    double LeakRate,
    double LossPerDay);
