using Polis.Metering.Billing;
using Polis.Metering.Meters;
using Polis.Metering.Tariffs;
using static Polis.Metering.Tests.Billing.Synthetic;
using static Polis.Metering.Tests.Billing.TestTariffs;

namespace Polis.Metering.Tests.Billing;

/// <summary>A tariff change on 2026-11-16, inside November's bill: 15 days under each version.</summary>
public sealed class BillProrationTests
{
    private static readonly BillPeriod November = BillPeriod.Month(2026, 11);
    private static readonly DateOnly Change = new(2026, 11, 16);

    private static readonly Tariff Changing = TestTariffs.Of(MeterKind.Electricity,
        Version(Start, Change, [Tiered((100m, 1.00m), (null, 2.00m)), Standing(3.00m)], Vat()),
        Version(Change, null, [Tiered((100m, 1.20m), (null, 2.40m)), Standing(3.60m)], Vat()));

    [Fact]
    public void Compute_TariffChangeMidPeriod_SplitsConsumptionByInstantAndProratesBlocksAndDays()
    {
        // 0.5 kWh/h before the change (15 × 24 × 0.5 = 180 kWh), 1.0 kWh/h after it (360 kWh).
        // Old version, 15/30 of a month: block 1 is 50 kWh. 50 × 1.00 = 50.00; 130 × 2.00 = 260.00;
        //   standing 15 × 3.00 = 45.00; subtotal 355.00; VAT 88.75.
        // New version, 15/30: 50 × 1.20 = 60.00; 310 × 2.40 = 744.00; standing 15 × 3.60 = 54.00; subtotal 858.00; VAT 214.50.
        // Subtotal 1,213.00; taxes 303.25; total 1,516.25.
        var values = Hourly(November, local => local.Day < 16 ? 0.5 : 1.0);

        var bill = Billed(BillCalculator.Compute(Subject(), November, Changing, Copenhagen, values));

        var old = bill.Lines.Where(l => l.TariffVersion == Start).ToList();
        var @new = bill.Lines.Where(l => l.TariffVersion == Change).ToList();
        Assert.All(old, l => Assert.Equal(new BillPeriod(November.From, Change), l.Part));
        Assert.All(@new, l => Assert.Equal(new BillPeriod(Change, November.To), l.Part));
        Assert.Equal([50m, 130m, 15m, 355.00m], old.Select(l => l.Quantity));
        Assert.Equal([50.00m, 260.00m, 45.00m, 88.75m], old.Select(l => l.Amount));
        Assert.Equal([50m, 310m, 15m, 858.00m], @new.Select(l => l.Quantity));
        Assert.Equal([60.00m, 744.00m, 54.00m, 214.50m], @new.Select(l => l.Amount));
        Assert.Equal(1213.00m, bill.Subtotal);
        Assert.Equal(303.25m, bill.Taxes);
        Assert.Equal(1516.25m, bill.Total);
        Assert.Equal(540m, bill.Consumption);
    }

    [Fact]
    public void Compute_ChangeOnTheAutumnDstDay_StandingChargesCountDaysNotHours()
    {
        // October 2026 with a change on 2026-10-25 (the 25-hour day): 24 days before, 7 after (25th–31st).
        // Standing 24 × 3.00 = 72.00 and 7 × 3.60 = 25.20: days, whatever their length.
        // Blocks: 24/31 and 7/31 of 100 kWh. 0 kWh used, so only block 1 lines with quantity 0.
        var october = BillPeriod.Month(2026, 10);
        var tariff = Changing with
        {
            Versions = [Changing.Versions[0] with { To = new DateOnly(2026, 10, 25) }, Changing.Versions[1] with { From = new DateOnly(2026, 10, 25) }],
        };

        var bill = Billed(BillCalculator.Compute(Subject(), october, tariff, Copenhagen, Hourly(october, 0.0)));

        var standing = bill.Lines.Where(l => l.Category == BillLineCategory.Standing).ToList();
        Assert.Equal([24m, 7m], standing.Select(l => l.Quantity));
        Assert.Equal([72.00m, 25.20m], standing.Select(l => l.Amount));
    }

    [Fact]
    public void Compute_ValueStartingAtTheChange_GoesToTheNewVersion()
    {
        // Only the first hour of 16 November (local 00:00, 23:00Z on the 15th) has 10 kWh: all of it in the new version.
        var values = Hourly(November, local => local is { Day: 16, Hour: 0 } ? 10.0 : 0.0);

        var bill = Billed(BillCalculator.Compute(Subject(), November, Changing, Copenhagen, values));

        Assert.Equal(0m, bill.Lines.First(l => l.TariffVersion == Start).Quantity);
        Assert.Equal(10m, bill.Lines.First(l => l.TariffVersion == Change).Quantity);
    }
}
