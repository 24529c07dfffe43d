namespace Polis.Metering.Api;

/// <summary>Body of POST /api/v1/metering/billing-runs: the month ("2026-10") and optionally the accounts to bill (all when absent).</summary>
public sealed record BillingRunRequest(string? Period, IReadOnlyList<string>? AccountIds);
