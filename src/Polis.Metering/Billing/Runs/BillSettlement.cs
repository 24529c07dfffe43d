namespace Polis.Metering.Billing.Runs;

/// <summary>
/// Decides what a re-run does with a recomputed bill, the rule behind idempotent runs: against nothing issued, issue
/// it; against the current bill (the issued one, or the bill its last adjustment brought it to) with the same lines,
/// nothing; otherwise an adjustment for the difference. An issued bill is never rewritten. Stores call this inside the
/// transaction that reads the current bill and writes the outcome, so two runs cannot both issue one bill.
/// </summary>
public static class BillSettlement
{
    public static BillDecision Decide(Bill? current, Bill recomputed)
    {
        ArgumentNullException.ThrowIfNull(recomputed);
        if (current is null)
        {
            return BillDecision.Issue;
        }

        if (current.Currency != recomputed.Currency)
        {
            return new BillDecision(SettlementKind.Refused, Refusal:
                $"Account {recomputed.Subject.AccountId} was billed in {current.Currency} for {recomputed.Period}; its tariff now bills in {recomputed.Currency}, so no adjustment can be computed. Correct the tariff assignment.");
        }

        // The meters may differ (an exchange registered after the bill was issued): the bill is the service point's.
        var adjustment = BillAdjustments.Between(current, recomputed with { Subject = current.Subject });
        return adjustment.IsEmpty ? BillDecision.Unchanged : new BillDecision(SettlementKind.Adjusted, adjustment);
    }
}
