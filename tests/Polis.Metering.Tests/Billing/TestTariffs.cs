using Polis.Metering.Meters;
using Polis.Metering.Tariffs;

namespace Polis.Metering.Tests.Billing;

/// <summary>Tariffs for hand-checked bills: one version from 2026-01-01 unless a test says otherwise.</summary>
internal static class TestTariffs
{
    public static readonly DateOnly Start = new(2026, 1, 1);

    public static Tariff Of(MeterKind kind, params TariffVersion[] versions) => new()
    {
        Id = "test",
        Name = "Test tariff",
        MeterKind = kind,
        Currency = "DKK",
        Versions = versions,
    };

    public static Tariff Electricity(params TariffCharge[] charges) => Of(MeterKind.Electricity, Version(Start, null, charges));

    public static TariffVersion Version(DateOnly from, DateOnly? to, TariffCharge[] charges, params PercentTax[] taxes) =>
        new() { From = from, To = to, Charges = charges, Taxes = taxes };

    public static FlatCharge Flat(decimal price) => new() { Description = "Energy", UnitPrice = price };

    public static StandingCharge Standing(decimal perDay) => new() { Description = "Subscription", PerDay = perDay };

    public static PercentTax Vat(decimal percent = 25m) => new() { Description = "VAT", Percent = percent };

    public static TieredCharge Tiered(params (decimal? Size, decimal Price)[] blocks) => new()
    {
        Description = "Energy",
        Blocks = [.. blocks.Select(b => new TierBlock { Size = b.Size, UnitPrice = b.Price })],
    };

    public static TimeWindow Window(int from, int to, string period) =>
        new() { From = new ClockTime(from, 0), To = new ClockTime(to, 0), Period = period };

    /// <summary>
    /// Weekdays: night 00–06 (1.00), day 06–17 (2.00), peak 17–21 (4.00), day 21–24. Weekends: night all day.
    /// Holidays: night 00–12, day 12–24 (unlike both, so a test sees which day type a date got).
    /// </summary>
    public static TimeOfUseCharge TimeOfUse(params DateOnly[] holidays) => new()
    {
        Description = "Energy",
        Periods =
        [
            new() { Name = "night", UnitPrice = 1.00m },
            new() { Name = "day", UnitPrice = 2.00m },
            new() { Name = "peak", UnitPrice = 4.00m },
        ],
        DayTypes =
        [
            new()
            {
                Name = "weekday",
                Days = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday],
                Windows = [Window(0, 6, "night"), Window(6, 17, "day"), Window(17, 21, "peak"), Window(21, 24, "day")],
            },
            new() { Name = "weekend", Days = [DayOfWeek.Saturday, DayOfWeek.Sunday], Windows = [Window(0, 24, "night")] },
            new() { Name = "holiday", Windows = [Window(0, 12, "night"), Window(12, 24, "day")] },
        ],
        Holidays = new() { DayType = "holiday", Dates = holidays },
    };
}
