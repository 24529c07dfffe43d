namespace Polis.Metering.Billing.Runs;

/// <summary>Filters of a bill listing (null matches everything): the period's first day, account, service point; paged.</summary>
public sealed record BillQuery(DateOnly? PeriodFrom = null, string? AccountId = null, string? ServicePointId = null, int Offset = 0, int Limit = 100);
