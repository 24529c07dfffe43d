namespace Polis.Metering.Billing.Runs;

/// <summary>A bill a run computed for a service point, before it is settled against what was issued.</summary>
public sealed record ComputedBill(string ServicePointId, Bill Bill);
