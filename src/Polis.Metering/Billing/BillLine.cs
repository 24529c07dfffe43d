namespace Polis.Metering.Billing;

/// <summary>
/// One line of a bill. <see cref="Amount"/> is <see cref="Quantity"/> × <see cref="UnitPrice"/> rounded to 0.01 half
/// away from zero, the only rounding on a bill. A tax line's quantity is the amount it is levied on, its unit the
/// currency and its unit price the rate (0.25 for 25 %). <see cref="Key"/>, <see cref="TariffVersion"/> and
/// <see cref="Part"/> together identify the line when a corrected bill is compared with the issued one.
/// <see cref="TariffId"/> is set only on a bill joining several tariffs (a switch inside the period): null means the
/// bill's own tariff, which keeps one-tariff bills (and the ones stored before switches were billed) as they were.
/// </summary>
public sealed record BillLine(
    string Key,
    BillLineCategory Category,
    string Description,
    decimal Quantity,
    string Unit,
    decimal UnitPrice,
    decimal Amount,
    DateOnly TariffVersion,
    BillPeriod Part,
    string? TariffId = null)
{
    /// <summary>The unit of standing charge lines: their quantity is local days.</summary>
    public const string DayUnit = "day";
}
