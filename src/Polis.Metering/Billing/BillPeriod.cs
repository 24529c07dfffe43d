using System.Globalization;

namespace Polis.Metering.Billing;

/// <summary>
/// Local dates [<see cref="From"/>, <see cref="To"/>) in the city's time zone: a bill period, or the part of one that
/// a tariff version covers. "2026-10" is 2026-10-01 to 2026-11-01, local midnight to local midnight.
/// </summary>
public sealed record BillPeriod
{
    public BillPeriod(DateOnly from, DateOnly to)
    {
        if (to <= from)
        {
            throw new ArgumentException($"A period ends after it starts: {to:yyyy-MM-dd} is not after {from:yyyy-MM-dd}.", nameof(to));
        }

        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    /// <summary>Local days in the period (a 23- or 25-hour day counts as one).</summary>
    public int Days => To.DayNumber - From.DayNumber;

    public static BillPeriod Month(int year, int month)
    {
        var from = new DateOnly(year, month, 1);
        return new BillPeriod(from, from.AddMonths(1));
    }

    /// <summary>Reads a month written "yyyy-MM", as <c>--period 2026-10</c> gives it.</summary>
    public static bool TryParseMonth(string? text, out BillPeriod? period)
    {
        period = DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var first)
            ? new BillPeriod(first, first.AddMonths(1))
            : null;
        return period is not null;
    }

    public bool Contains(DateOnly date) => date >= From && date < To;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:yyyy-MM-dd}–{To:yyyy-MM-dd}");
}
