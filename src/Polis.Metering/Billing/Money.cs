namespace Polis.Metering.Billing;

/// <summary>The one rounding rule of bills: to the minor unit (0.01), half away from zero, on lines only.</summary>
internal static class Money
{
    public static decimal Round(decimal amount) => Math.Round(amount, 2, MidpointRounding.AwayFromZero);

    /// <summary>Decimal places a summed quantity keeps: a millionth of a kWh or m3, far below any meter's resolution.</summary>
    public const int QuantityDecimals = 6;

    /// <summary>
    /// A quantity summed in <see cref="double"/> (the unit VEE delivers), as the decimal a bill line shows. Summing
    /// 720 hourly values in binary leaves noise in the last digits (720 × 0.02 is not quite 14.4); keeping
    /// <see cref="QuantityDecimals"/> places drops it without touching anything a meter measured.
    /// </summary>
    public static decimal Quantity(double value) => Math.Round((decimal)value, QuantityDecimals, MidpointRounding.AwayFromZero);
}
