namespace Polis.Metering.Billing.Runs;

/// <summary>What a run charged in one currency: the totals of the bills it issued and of the adjustments it issued.</summary>
public sealed record CurrencyTotal(string Currency, int Bills, decimal Billed, int Adjustments, decimal Adjusted);
