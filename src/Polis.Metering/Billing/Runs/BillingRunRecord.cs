namespace Polis.Metering.Billing.Runs;

/// <summary>A run as recorded: started by whom and when, and its summary once it finished (null while it runs or if it failed).</summary>
public sealed record BillingRunRecord(
    long Id, DateOnly PeriodFrom, DateOnly PeriodTo, IReadOnlyList<string>? AccountIds, string Actor, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, BillingRunSummary? Summary);
