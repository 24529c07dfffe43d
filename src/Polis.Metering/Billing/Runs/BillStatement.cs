namespace Polis.Metering.Billing.Runs;

/// <summary>
/// What a bill's PDF shows: the issued lines, then every adjustment's lines ("Adjustment: Energy"), with the subtotal,
/// taxes and consumption of the bill as it now stands, so the printed total is what the customer owes.
/// </summary>
public static class BillStatement
{
    public static Bill WithAdjustments(StoredBill stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        if (stored.Adjustments.Count == 0)
        {
            return stored.Issued;
        }

        var current = stored.Current;
        return stored.Issued with
        {
            Lines = [.. stored.Issued.Lines, .. stored.Adjustments.SelectMany(a => a.Adjustment.Lines)],
            Subtotal = current.Subtotal,
            Taxes = current.Taxes,
            Consumption = current.Consumption,
            DailyConsumption = current.DailyConsumption,
        };
    }
}
