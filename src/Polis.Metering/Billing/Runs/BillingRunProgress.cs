namespace Polis.Metering.Billing.Runs;

/// <summary>How far a run is: service point × meter kind targets settled or refused of the total, and interval values read.</summary>
public readonly record struct BillingRunProgress(int Done, int Total, long Readings);
