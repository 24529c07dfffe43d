using Polis.Metering.Billing;
using Polis.Metering.Meters;
using Polis.Metering.Tariffs;
using static Polis.Metering.Tests.Billing.Synthetic;
using static Polis.Metering.Tests.Billing.TestTariffs;

namespace Polis.Metering.Tests.Billing;

/// <summary>Bills checked by hand, one per tariff type. November 2026 in Copenhagen has no DST change: 30 × 24 = 720 hours.</summary>
public sealed class BillCalculatorTests
{
    private static readonly BillPeriod November = BillPeriod.Month(2026, 11);

    [Fact]
    public void Compute_FlatTariff_ChargesEveryUnitAtOnePrice()
    {
        // 720 h × 0.5 kWh = 360 kWh; 360 × 2.3456 = 844.416 → 844.42.
        var bill = Billed(BillCalculator.Compute(Subject(), November, Electricity(Flat(2.3456m)), Copenhagen, Hourly(November, 0.5)));

        var line = Line(bill, "Consumption:Energy");
        Assert.Equal(360m, line.Quantity);
        Assert.Equal("kWh", line.Unit);
        Assert.Equal(844.42m, line.Amount);
        Assert.Equal(844.42m, bill.Subtotal);
        Assert.Equal(0m, bill.Taxes);
        Assert.Equal(844.42m, bill.Total);
        Assert.Equal(360m, bill.Consumption);
        Assert.Equal(30, bill.DailyConsumption.Count);
        Assert.All(bill.DailyConsumption, day => Assert.Equal(12.0, day, 9));
    }

    [Fact]
    public void Compute_AmountEndingInHalfACent_RoundsAwayFromZero()
    {
        // One day, 24 h × 0.0625 kWh = 1.5 kWh; 1.5 × 0.55 = 0.825 → 0.83 (banker's rounding would give 0.82).
        var day = new BillPeriod(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 3));
        var bill = Billed(BillCalculator.Compute(Subject(), day, Electricity(Flat(0.55m)), Copenhagen, Hourly(day, 0.0625)));

        Assert.Equal(0.83m, bill.Total);
    }

    [Fact]
    public void Compute_TieredWholeMonth_FillsBlocksInOrder()
    {
        // 360 kWh: block 1 100 × 1.00 = 100.00; block 2 200 × 1.50 = 300.00; block 3 the other 60 × 2.00 = 120.00.
        var tariff = Electricity(Tiered((100m, 1.00m), (200m, 1.50m), (null, 2.00m)));
        var bill = Billed(BillCalculator.Compute(Subject(), November, tariff, Copenhagen, Hourly(November, 0.5)));

        Assert.Equal([100m, 200m, 60m], bill.Lines.Select(l => l.Quantity));
        Assert.Equal([100.00m, 300.00m, 120.00m], bill.Lines.Select(l => l.Amount));
        Assert.Equal(520.00m, bill.Total);
    }

    [Fact]
    public void Compute_TieredPartialPeriod_ProratesBlockSizesByDays()
    {
        // 2026-11-16..2026-12-01 is 15 of November's 30 days: blocks 50 and 100 kWh. 360 h × 0.5 = 180 kWh:
        // 50 × 1.00 = 50.00; 100 × 1.50 = 150.00; 30 × 2.00 = 60.00; total 260.00.
        var half = new BillPeriod(new DateOnly(2026, 11, 16), new DateOnly(2026, 12, 1));
        var tariff = Electricity(Tiered((100m, 1.00m), (200m, 1.50m), (null, 2.00m)));
        var bill = Billed(BillCalculator.Compute(Subject(), half, tariff, Copenhagen, Hourly(half, 0.5)));

        Assert.Equal([50m, 100m, 30m], bill.Lines.Select(l => l.Quantity));
        Assert.Equal(260.00m, bill.Total);
    }

    [Fact]
    public void Compute_TieredBelowFirstBlock_ShowsOnlyTheFirstBlock()
    {
        // 720 h × 0.1 = 72 kWh, inside block 1: 72 × 1.00 = 72.00; blocks 2 and 3 are not reached and not printed.
        var tariff = Electricity(Tiered((100m, 1.00m), (200m, 1.50m), (null, 2.00m)));
        var bill = Billed(BillCalculator.Compute(Subject(), November, tariff, Copenhagen, Hourly(November, 0.1)));

        var line = Assert.Single(bill.Lines);
        Assert.Equal("Consumption:Energy:1", line.Key);
        Assert.Equal(72.00m, bill.Total);
    }

    [Fact]
    public void Compute_TimeOfUseWeekWithWeekendAndHolidays_PricesEachHourByItsDayType()
    {
        // Mon 2026-12-21 to Mon 2026-12-28, 1 kWh every hour; 24 and 25 December are holidays (Thu, Fri).
        // Weekdays Mon–Wed: night 6 h, day 11 + 3 = 14 h, peak 4 h each → 18, 42, 12.
        // Holidays Thu–Fri: night 12 h, day 12 h each → 24, 24. Weekend Sat–Sun: night 24 h each → 48.
        // night 18 + 24 + 48 = 90 × 1.00 = 90.00; day 42 + 24 = 66 × 2.00 = 132.00; peak 12 × 4.00 = 48.00; 270.00.
        var week = new BillPeriod(new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 28));
        var tariff = Electricity(TimeOfUse(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)));
        var bill = Billed(BillCalculator.Compute(Subject(), week, tariff, Copenhagen, Hourly(week, 1.0)));

        Assert.Equal(90m, Line(bill, "Consumption:Energy:night").Quantity);
        Assert.Equal(66m, Line(bill, "Consumption:Energy:day").Quantity);
        Assert.Equal(12m, Line(bill, "Consumption:Energy:peak").Quantity);
        Assert.Equal(132.00m, Line(bill, "Consumption:Energy:day").Amount);
        Assert.Equal(270.00m, bill.Total);
    }

    [Fact]
    public void Compute_WaterWithSewage_BillsSewageOnItsShareOfTheVolumeAtItsOwnRate()
    {
        // 720 h × 0.02 m3 = 14.4 m3 (summed in double: the bill keeps 6 decimals, so exactly 14.4).
        // Water 14.4 × 45.50 = 655.20; sewage 90 % → 12.96 m3 × 38.00 = 492.48; fixed 30 days × 2.00 = 60.00.
        // Subtotal 1,207.68; VAT 25 % = 301.92; total 1,509.60.
        var tariff = TestTariffs.Of(MeterKind.Water, Version(Start, null,
            [
                new FlatCharge { Description = "Water", UnitPrice = 45.50m },
                new SewageCharge { Description = "Sewage", VolumePercent = 90m, UnitPrice = 38.00m },
                new StandingCharge { Description = "Fixed charge", PerDay = 2.00m },
            ], Vat()));
        var bill = Billed(BillCalculator.Compute(Subject(MeterKind.Water), November, tariff, Copenhagen, Hourly(November, 0.02)));

        Assert.Equal(14.4m, Line(bill, "Consumption:Water").Quantity);
        Assert.Equal("m3", Line(bill, "Consumption:Water").Unit);
        Assert.Equal(12.96m, Line(bill, "Sewage:Sewage").Quantity);
        Assert.Equal(492.48m, Line(bill, "Sewage:Sewage").Amount);
        Assert.Equal(60.00m, Line(bill, "Standing:Fixed charge").Amount);
        Assert.Equal(1207.68m, bill.Subtotal);
        Assert.Equal(301.92m, bill.Taxes);
        Assert.Equal(1509.60m, bill.Total);
    }

    [Fact]
    public void Compute_LevyAndVat_VatIsOnEveryLineLevyIncluded()
    {
        // 360 kWh: energy 360 × 1.00 = 360.00; electricity tax 360 × 0.727 = 261.72; subscription 30 × 1.50 = 45.00.
        // Subtotal 666.72; VAT 25 % of 666.72 = 166.68; total 833.40.
        var tariff = Electricity(Flat(1.00m), Standing(1.50m), new LevyCharge { Description = "Electricity tax", PerUnit = 0.727m });
        tariff = tariff with { Versions = [tariff.Versions[0] with { Taxes = [Vat()] }] };
        var bill = Billed(BillCalculator.Compute(Subject(), November, tariff, Copenhagen, Hourly(November, 0.5)));

        Assert.Equal(261.72m, Line(bill, "Levy:Electricity tax").Amount);
        var vat = Line(bill, "Tax:VAT");
        Assert.Equal(666.72m, vat.Quantity);
        Assert.Equal(0.25m, vat.UnitPrice);
        Assert.Equal(166.68m, vat.Amount);
        Assert.Equal(666.72m, bill.Subtotal);
        Assert.Equal(166.68m, bill.Taxes);
        Assert.Equal(833.40m, bill.Total);
    }

    [Fact]
    public void Compute_EstimatedAndEditedValues_AreBilled()
    {
        var values = Hourly(November, 0.5);
        values[10] = values[10] with { Quality = Readings.ReadingQuality.Estimated };
        values[11] = values[11] with { Quality = Readings.ReadingQuality.Edited, Quantity = 1.5 };

        var bill = Billed(BillCalculator.Compute(Subject(), November, Electricity(Flat(1m)), Copenhagen, values));

        Assert.Equal(361m, bill.Consumption);
    }

    [Fact]
    public void Compute_QuarterHourValues_SameBillAsHourly()
    {
        // 2,880 quarter hours × 0.125 kWh = 360 kWh, priced by the local time of each quarter hour.
        var quarters = Hourly(November, 0.5).SelectMany(h => Enumerable.Range(0, 4).Select(q =>
            h with { Start = h.Start.AddMinutes(15 * q), End = h.Start.AddMinutes(15 * (q + 1)), Quantity = 0.125 })).ToArray();
        var tariff = Electricity(TimeOfUse());

        var hourly = Billed(BillCalculator.Compute(Subject(), November, tariff, Copenhagen, Hourly(November, 0.5)));
        var quarterly = Billed(BillCalculator.Compute(Subject(), November, tariff, Copenhagen, quarters));

        Assert.Equal(hourly.Lines, quarterly.Lines);
        Assert.Equal(hourly.Total, quarterly.Total);
    }
}
