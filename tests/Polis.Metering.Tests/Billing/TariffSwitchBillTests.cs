using Polis.Metering.Billing;
using Polis.Metering.Meters;
using Polis.Metering.Tariffs;
using static Polis.Metering.Tests.Billing.Synthetic;
using static Polis.Metering.Tests.Billing.TestTariffs;

namespace Polis.Metering.Tests.Billing;

/// <summary>
/// A service point switched from one tariff to another inside the bill period: one bill, the period cut at the
/// switch, each part priced by its own tariff exactly as a version change inside one tariff is prorated.
/// </summary>
public sealed class TariffSwitchBillTests
{
    private static readonly BillPeriod October = BillPeriod.Month(2026, 10);
    private static readonly DateOnly Switch = new(2026, 10, 16);

    private static readonly Tariff FlatElectricity = Of(MeterKind.Electricity, Version(Start, null, [Flat(1.50m), Standing(3.00m)], Vat())) with
    {
        Id = "flat",
        Name = "Flat",
    };

    private static readonly Tariff TimeOfUseElectricity = Of(MeterKind.Electricity, Version(Start, null, [TimeOfUse(), Standing(2.00m)], Vat())) with
    {
        Id = "tou",
        Name = "Time of use",
    };

    private static IReadOnlyList<TariffSegment> FlatThenTimeOfUse =>
        [new(FlatElectricity, new BillPeriod(October.From, Switch)), new(TimeOfUseElectricity, new BillPeriod(Switch, October.To))];

    [Fact]
    public void Compute_FlatToTimeOfUseMidOctoberOverTheDstDay_EachPartPricedByItsTariff()
    {
        // 1 kWh every hour. Flat part, 1–15 October (15 days of 24 h): 360 kWh × 1.50 = 540.00; standing 15 × 3.00 =
        //   45.00; subtotal 585.00; VAT 146.25.
        // Time-of-use part, 16–31 October (16 days, 385 h: the 25th has 25). Weekdays 16, 19–23, 26–30 (11 days):
        //   night 6 h, day 14 h, peak 4 h each → 66, 154, 44. Weekends 17, 18, 24, 25, 31 are night all day:
        //   4 × 24 + 25 = 121. Night 187 × 1.00 = 187.00; day 154 × 2.00 = 308.00; peak 44 × 4.00 = 176.00;
        //   standing 16 × 2.00 = 32.00; subtotal 703.00; VAT 175.75.
        // Subtotal 1,288.00; taxes 322.00; total 1,610.00; consumption 745 kWh (744 h + the repeated 02:00).
        var plan = BillPlan.Create(FlatThenTimeOfUse, October, Copenhagen);

        var bill = Billed(BillCalculator.Compute(plan, Subject(), Hourly(October, 1.0)));

        Assert.Equal(
            [
                ("flat", "Flat: Energy", 360m, 540.00m), ("flat", "Flat: Subscription", 15m, 45.00m), ("flat", "Flat: VAT 25 %", 585.00m, 146.25m),
                ("tou", "Time of use: Energy, night", 187m, 187.00m), ("tou", "Time of use: Energy, day", 154m, 308.00m),
                ("tou", "Time of use: Energy, peak", 44m, 176.00m), ("tou", "Time of use: Subscription", 16m, 32.00m),
                ("tou", "Time of use: VAT 25 %", 703.00m, 175.75m),
            ],
            bill.Lines.Select(l => (l.TariffId!, l.Description, l.Quantity, l.Amount)));
        Assert.All(bill.Lines.Take(3), l => Assert.Equal(new BillPeriod(October.From, Switch), l.Part));
        Assert.All(bill.Lines.Skip(3), l => Assert.Equal(new BillPeriod(Switch, October.To), l.Part));
        Assert.Equal((1288.00m, 322.00m, 1610.00m, 745m), (bill.Subtotal, bill.Taxes, bill.Total, bill.Consumption));
        Assert.Equal(("flat, tou", "Flat, Time of use"), (bill.TariffId, bill.TariffName));
        Assert.Equal(25.0, bill.DailyConsumption[24]);
    }

    [Fact]
    public void Compute_SwitchBetweenTieredTariffs_ProratedLikeAVersionChange()
    {
        // The two versions of BillProrationTests' tariff as two tariffs switched on 16 November: the same figures.
        // Before: 15/30 of a month, block 1 is 50 kWh: 50 × 1.00 + 130 × 2.00 + 15 × 3.00 = 355.00, VAT 88.75.
        // After: 50 × 1.20 + 310 × 2.40 + 15 × 3.60 = 858.00, VAT 214.50. Total 1,516.25.
        var november = BillPeriod.Month(2026, 11);
        var change = new DateOnly(2026, 11, 16);
        var before = Of(MeterKind.Electricity, Version(Start, null, [Tiered((100m, 1.00m), (null, 2.00m)), Standing(3.00m)], Vat())) with { Id = "a", Name = "A" };
        var after = Of(MeterKind.Electricity, Version(Start, null, [Tiered((100m, 1.20m), (null, 2.40m)), Standing(3.60m)], Vat())) with { Id = "b", Name = "B" };
        var plan = BillPlan.Create([new(before, new BillPeriod(november.From, change)), new(after, new BillPeriod(change, november.To))], november, Copenhagen);

        var bill = Billed(BillCalculator.Compute(plan, Subject(), Hourly(november, local => local.Day < 16 ? 0.5 : 1.0)));

        Assert.Equal([50m, 130m, 15m, 355.00m, 50m, 310m, 15m, 858.00m], bill.Lines.Select(l => l.Quantity));
        Assert.Equal([50.00m, 260.00m, 45.00m, 88.75m, 60.00m, 744.00m, 54.00m, 214.50m], bill.Lines.Select(l => l.Amount));
        Assert.Equal(1516.25m, bill.Total);
    }

    [Fact]
    public void Compute_OneTariff_LinesCarryNoTariffIdAndNoPrefix()
    {
        var bill = Billed(BillCalculator.Compute(Subject(), October, FlatElectricity, Copenhagen, Hourly(October, 1.0)));

        Assert.All(bill.Lines, l => Assert.Null(l.TariffId));
        Assert.Equal(["Energy", "Subscription", "VAT 25 %"], bill.Lines.Select(l => l.Description));
        Assert.Equal("flat", bill.TariffId);
    }

    [Fact]
    public void Create_SecondTariffNotInForceAfterTheSwitch_RefusedNamingIt()
    {
        var late = TimeOfUseElectricity with { Versions = [TimeOfUseElectricity.Versions[0] with { From = new DateOnly(2026, 10, 20) }] };

        var plan = BillPlan.Create([new(FlatElectricity, new BillPeriod(October.From, Switch)), new(late, new BillPeriod(Switch, October.To))], October, Copenhagen);

        Assert.Equal(BillRefusalReason.TariffNotInForce, plan.Refusal?.Reason);
        Assert.Equal("Tariff tou has no version in force on 2026-10-16, inside the bill period 2026-10-01–2026-11-01.", plan.Refusal?.Message);
    }

    [Fact]
    public void Create_SegmentsInAnotherCurrencyOrNotTilingThePeriod_Throw()
    {
        var euro = TimeOfUseElectricity with { Currency = "EUR" };

        Assert.Throws<ArgumentException>(() => BillPlan.Create([new(FlatElectricity, new BillPeriod(October.From, Switch)), new(euro, new BillPeriod(Switch, October.To))], October, Copenhagen));
        Assert.Throws<ArgumentException>(() => BillPlan.Create([new(FlatElectricity, new BillPeriod(October.From, Switch))], October, Copenhagen));
        Assert.Throws<ArgumentException>(() => BillPlan.Create(
            [new(FlatElectricity, new BillPeriod(October.From, Switch)), new(TimeOfUseElectricity, new BillPeriod(Switch.AddDays(1), October.To))], October, Copenhagen));
    }

    [Fact]
    public void Between_RecomputedSwitchBill_AdjustsTheLineOfTheTariffThatPricedTheHour()
    {
        // One peak hour of the time-of-use part (Monday 19 October, 18:00 local) raised by 2 kWh: +8.00, VAT +2.00.
        var plan = BillPlan.Create(FlatThenTimeOfUse, October, Copenhagen);
        var issued = Billed(BillCalculator.Compute(plan, Subject(), Hourly(October, 1.0)));
        var corrected = Billed(BillCalculator.Compute(plan, Subject(), Hourly(October, local => local is { Day: 19, Hour: 18 } ? 3.0 : 1.0)));

        var adjustment = BillAdjustments.Between(issued, corrected);

        Assert.Equal(
            [("tou", "Adjustment: Time of use: Energy, peak", 2m, 8.00m), ("tou", "Adjustment: Time of use: VAT 25 %", 8.00m, 2.00m)],
            adjustment.Lines.Select(l => (l.TariffId!, l.Description, l.Quantity, l.Amount)));
        Assert.Equal(10.00m, adjustment.Total);
    }
}
