using Polis.Metering.Meters;
using Polis.Metering.Tariffs;

namespace Polis.Metering.Billing;

/// <summary>
/// Writes the lines of one tariff version part from its summed consumption: consumption, sewage, standing charges
/// and levies in the order of the version's charges, then its percentage taxes on their sum.
/// </summary>
internal sealed class BillLineWriter(string unit, string currency)
{
    private readonly List<BillLine> _lines = new(16);

    public string Unit => unit;

    public IReadOnlyList<BillLine> Lines => _lines;

    public decimal Subtotal { get; private set; }

    public decimal Taxes { get; private set; }

    public decimal Consumption { get; private set; }

    public static BillLineWriter For(BillPlan plan) => new(MeterKinds.UnitOf(plan.Tariff.MeterKind), plan.Tariff.Currency);

    /// <summary>Writes the part's lines; <paramref name="buckets"/> are the part's own, one per time-of-use period.</summary>
    public void WritePart(PlanPart part, ReadOnlySpan<double> buckets)
    {
        var volume = 0m;
        Span<decimal> perPeriod = stackalloc decimal[buckets.Length];
        for (var i = 0; i < buckets.Length; i++)
        {
            perPeriod[i] = Money.Quantity(buckets[i]);
            volume += perPeriod[i];
        }

        Consumption += volume;
        var partStart = _lines.Count;
        var labels = part.Labels;
        var charges = part.Version.Charges;
        for (var c = 0; c < charges.Count; c++)
        {
            var label = labels.Charges[c];
            switch (charges[c])
            {
                case FlatCharge flat:
                    Add(part, label[0], volume, unit, flat.UnitPrice);
                    break;
                case TieredCharge tiered:
                    WriteBlocks(part, tiered, label, volume);
                    break;
                case TimeOfUseCharge tou:
                    for (var k = 0; k < tou.Periods.Count; k++)
                    {
                        Add(part, label[k], perPeriod[k], unit, tou.Periods[k].UnitPrice);
                    }

                    break;
                case SewageCharge sewage:
                    Add(part, label[0], volume * sewage.VolumePercent / 100m, unit, sewage.UnitPrice);
                    break;
                case StandingCharge standing:
                    Add(part, label[0], part.Span.Days, BillLine.DayUnit, standing.PerDay);
                    break;
                case LevyCharge levy:
                    Add(part, label[0], volume, unit, levy.PerUnit);
                    break;
            }
        }

        var taxBase = 0m;
        for (var i = partStart; i < _lines.Count; i++)
        {
            taxBase += _lines[i].Amount;
        }

        var taxes = part.Version.Taxes;
        for (var t = 0; t < taxes.Count; t++)
        {
            Add(part, labels.Taxes[t], taxBase, currency, taxes[t].Percent / 100m);
        }
    }

    /// <summary>Fills the blocks in order; block sizes are per month, scaled by the part's share of a month.</summary>
    private void WriteBlocks(PlanPart part, TieredCharge tiered, LineLabel[] labels, decimal volume)
    {
        var remaining = volume;
        for (var i = 0; i < tiered.Blocks.Count; i++)
        {
            var block = tiered.Blocks[i];
            var quantity = block.Size is { } size ? Math.Min(remaining, size * part.MonthShare) : remaining;
            if (i > 0 && quantity <= 0m)
            {
                break;
            }

            Add(part, labels[i], quantity, unit, block.UnitPrice);
            remaining -= quantity;
        }
    }

    private void Add(PlanPart part, LineLabel label, decimal quantity, string lineUnit, decimal unitPrice)
    {
        var amount = Money.Round(quantity * unitPrice);
        _lines.Add(new BillLine(label.Key, label.Category, label.Description, quantity, lineUnit, unitPrice, amount, part.Version.From, part.Span, part.LineTariffId));
        if (label.Category == BillLineCategory.Tax)
        {
            Taxes += amount;
        }
        else
        {
            Subtotal += amount;
        }
    }
}
