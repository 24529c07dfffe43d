namespace Polis.Metering.Billing.Runs;

/// <summary>What to do with a recomputed bill: issue it, leave the issued one, adjust it (with the adjustment), or refuse with a reason.</summary>
public sealed record BillDecision(SettlementKind Kind, BillAdjustment? Adjustment = null, string? Refusal = null)
{
    public static BillDecision Issue { get; } = new(SettlementKind.Issued);

    public static BillDecision Unchanged { get; } = new(SettlementKind.Unchanged);
}
