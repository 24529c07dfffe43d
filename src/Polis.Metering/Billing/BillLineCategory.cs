namespace Polis.Metering.Billing;

/// <summary>What a bill line charges for. <see cref="Tax"/> lines make a bill's taxes; all others its subtotal.</summary>
public enum BillLineCategory
{
    /// <summary>Consumption priced flat, by tier block or by time-of-use period.</summary>
    Consumption,

    /// <summary>Sewage, a share of the water volume at its own rate.</summary>
    Sewage,

    /// <summary>A fixed charge per day.</summary>
    Standing,

    /// <summary>A per-unit tax such as an electricity tax per kWh.</summary>
    Levy,

    /// <summary>A percentage tax (VAT) on the other lines of the same tariff version.</summary>
    Tax,
}
