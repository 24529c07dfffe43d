namespace Polis.Metering.Billing;

/// <summary>
/// Compares an issued bill with the bill recomputed after later edits. Nothing on an issued bill changes silently:
/// every difference becomes an adjustment line. Lines are matched by key, tariff version and period part; a line
/// found on one bill only is adjusted against zero.
/// </summary>
public static class BillAdjustments
{
    public static BillAdjustment Between(Bill issued, Bill recomputed)
    {
        ArgumentNullException.ThrowIfNull(issued);
        ArgumentNullException.ThrowIfNull(recomputed);
        if (issued.Subject.AccountId != recomputed.Subject.AccountId || issued.Subject.MeterId != recomputed.Subject.MeterId
            || issued.Period != recomputed.Period || issued.Currency != recomputed.Currency)
        {
            throw new ArgumentException(
                $"An adjustment compares two bills of one account, meter, period and currency: {Describe(issued)} is not {Describe(recomputed)}.",
                nameof(recomputed));
        }

        var before = new Dictionary<(string, DateOnly, BillPeriod), BillLine>();
        foreach (var line in issued.Lines)
        {
            before[IdOf(line)] = line;
        }

        var lines = new List<BillLine>();
        foreach (var line in recomputed.Lines)
        {
            var old = before.Remove(IdOf(line), out var found) ? found : null;
            AddDifference(lines, old, line);
        }

        foreach (var line in issued.Lines)
        {
            if (before.ContainsKey(IdOf(line)))
            {
                AddDifference(lines, line, null);
            }
        }

        return new BillAdjustment
        {
            Subject = recomputed.Subject,
            Period = recomputed.Period,
            Currency = recomputed.Currency,
            Lines = lines,
            Subtotal = recomputed.Subtotal - issued.Subtotal,
            Taxes = recomputed.Taxes - issued.Taxes,
        };
    }

    private static void AddDifference(List<BillLine> lines, BillLine? old, BillLine? current)
    {
        var line = current ?? old!;
        var quantity = (current?.Quantity ?? 0m) - (old?.Quantity ?? 0m);
        var amount = (current?.Amount ?? 0m) - (old?.Amount ?? 0m);
        if (quantity != 0m || amount != 0m)
        {
            lines.Add(line with { Description = $"Adjustment: {line.Description}", Quantity = quantity, Amount = amount });
        }
    }

    private static (string, DateOnly, BillPeriod) IdOf(BillLine line) => (line.Key, line.TariffVersion, line.Part);

    private static string Describe(Bill bill) => $"account {bill.Subject.AccountId}, meter {bill.Subject.MeterId}, {bill.Period} in {bill.Currency}";
}
