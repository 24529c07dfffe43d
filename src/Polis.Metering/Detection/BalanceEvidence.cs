namespace Polis.Metering.Detection;

/// <summary>The numbers behind a loss finding: the period's balance, the threshold and the members counted.</summary>
public sealed record BalanceEvidence(DateOnly FromDate, DateOnly ToDate, BalanceSummary Balance, double ThresholdPercent, int Members);
