namespace Polis.Metering.Billing.Runs;

/// <summary>A job's computed bill or refusal, on its way from a computing worker to the run's single writer.</summary>
internal readonly record struct RunOutcome(RunJob Job, BillResult Result);
