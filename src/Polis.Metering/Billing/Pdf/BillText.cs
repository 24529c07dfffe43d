using System.Globalization;

namespace Polis.Metering.Billing.Pdf;

/// <summary>How a bill prints numbers and dates (invariant: "1,234.56", "2026-11-01").</summary>
internal static class BillText
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public static string Money(decimal amount) => amount.ToString("#,##0.00", Invariant);

    public static string Quantity(decimal quantity) => quantity.ToString("#,##0.###", Invariant);

    /// <summary>A quantity with its unit; standing charges count days ("1 day", "30 days").</summary>
    public static string Quantity(decimal quantity, string unit) =>
        $"{Quantity(quantity)} {(unit == BillLine.DayUnit && quantity != 1m ? "days" : unit)}";

    public static string UnitPrice(decimal price) => price.ToString("#,##0.00####", Invariant);

    public static string Percent(decimal rate) => (rate * 100m).ToString("0.##", Invariant) + " %";

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", Invariant);

    /// <summary>A period with its last day, as people read it (the period's end is exclusive).</summary>
    public static string Period(BillPeriod period) =>
        period.Days == 1 ? Date(period.From) : $"{Date(period.From)} to {Date(period.To.AddDays(-1))}";

    /// <summary>A part of a period, short: "11-01–11-15".</summary>
    public static string Part(BillPeriod part) =>
        part.From.ToString("MM-dd", Invariant) + "–" + part.To.AddDays(-1).ToString("MM-dd", Invariant);
}
