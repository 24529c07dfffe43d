namespace Polis.Transit.Tracking;

/// <summary>One kept prediction scored against the actual arrival: its horizon bucket, error (actual − predicted, s) and outcome.</summary>
public readonly record struct PredictionScore(int Bucket, double ErrorSeconds, EtaOutcome Outcome);
