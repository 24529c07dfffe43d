namespace Polis.Metering.Billing;

/// <summary>A computed bill: lines per tariff version part, subtotal (all but tax lines), taxes and total.</summary>
public sealed record Bill
{
    public required BillSubject Subject { get; init; }

    public required BillPeriod Period { get; init; }

    public required string TariffId { get; init; }

    public required string TariffName { get; init; }

    public required string Currency { get; init; }

    /// <summary>The unit of consumption (kWh or m3).</summary>
    public required string Unit { get; init; }

    /// <summary>Consumption in the period, the sum of every interval.</summary>
    public required decimal Consumption { get; init; }

    /// <summary>Consumption per local day of the period, the first for <see cref="BillPeriod.From"/>.</summary>
    public required IReadOnlyList<double> DailyConsumption { get; init; }

    public required IReadOnlyList<BillLine> Lines { get; init; }

    public required decimal Subtotal { get; init; }

    public required decimal Taxes { get; init; }

    public decimal Total => Subtotal + Taxes;
}
