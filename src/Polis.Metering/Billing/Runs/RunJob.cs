namespace Polis.Metering.Billing.Runs;

/// <summary>A target a run will compute: its plan (shared by every target of the same tariff) and the bill's subject.</summary>
internal sealed record RunJob(BillingTarget Target, BillPlan Plan, BillSubject Subject);
