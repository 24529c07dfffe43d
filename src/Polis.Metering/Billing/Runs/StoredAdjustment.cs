namespace Polis.Metering.Billing.Runs;

/// <summary>An adjustment issued on a bill by a run: the difference lines and the bill they bring the issued one to.</summary>
public sealed record StoredAdjustment(long Id, long RunId, DateTimeOffset IssuedAt, BillAdjustment Adjustment, Bill Recomputed);
