namespace Polis.Metering.Billing.Runs;

/// <summary>An issued bill as it was issued, with every adjustment since, oldest first.</summary>
public sealed record StoredBill(long Id, long RunId, string ServicePointId, DateTimeOffset IssuedAt, Bill Issued, IReadOnlyList<StoredAdjustment> Adjustments)
{
    /// <summary>What the customer owes now: the bill the last adjustment brought it to, or the issued one.</summary>
    public Bill Current => Adjustments.Count == 0 ? Issued : Adjustments[^1].Recomputed;
}
