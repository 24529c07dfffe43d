using Polis.Metering.Billing;
using Polis.Metering.Readings;
using static Polis.Metering.Tests.Billing.Synthetic;
using static Polis.Metering.Tests.Billing.TestTariffs;

namespace Polis.Metering.Tests.Billing;

/// <summary>A bill issued, then an analyst's edit, then the bill recomputed: the difference becomes adjustment lines.</summary>
public sealed class BillAdjustmentsTests
{
    private static readonly BillPeriod Week = new(new DateOnly(2026, 12, 21), new DateOnly(2026, 12, 28));

    private static Bill Compute(Readings.IntervalValue[] values)
    {
        var tariff = Electricity(TimeOfUse(new DateOnly(2026, 12, 24), new DateOnly(2026, 12, 25)), Standing(1.00m));
        tariff = tariff with { Versions = [tariff.Versions[0] with { Taxes = [Vat()] }] };
        return Billed(BillCalculator.Compute(Subject(), Week, tariff, Copenhagen, values));
    }

    [Fact]
    public void Between_EditedPeakHour_AdjustsPeakAndVatOnly()
    {
        // Issued: 1 kWh every hour (peak 12 kWh = 48.00, see the TOU test). Edit: Monday 18:00 local becomes 11 kWh.
        // Peak +10 kWh × 4.00 = +40.00; VAT 25 % of +40.00 = +10.00; total +50.00. Night, day and standing unchanged.
        var values = Hourly(Week, 1.0);
        var issued = Compute(values);
        var monday18 = Array.FindIndex(values, v => TimeZoneInfo.ConvertTime(v.Start, Copenhagen) is { Day: 21, Hour: 18 });
        values[monday18] = values[monday18] with { Quantity = 11.0, Quality = ReadingQuality.Edited };
        var recomputed = Compute(values);

        var adjustment = BillAdjustments.Between(issued, recomputed);

        Assert.Collection(adjustment.Lines,
            peak =>
            {
                Assert.Equal("Consumption:Energy:peak", peak.Key);
                Assert.Equal("Adjustment: Energy, peak", peak.Description);
                Assert.Equal(10m, peak.Quantity);
                Assert.Equal(4.00m, peak.UnitPrice);
                Assert.Equal(40.00m, peak.Amount);
            },
            vat =>
            {
                Assert.Equal("Tax:VAT", vat.Key);
                Assert.Equal(40.00m, vat.Quantity);
                Assert.Equal(10.00m, vat.Amount);
            });
        Assert.Equal(40.00m, adjustment.Subtotal);
        Assert.Equal(10.00m, adjustment.Taxes);
        Assert.Equal(50.00m, adjustment.Total);
        Assert.Equal(recomputed.Total - issued.Total, adjustment.Total);
    }

    [Fact]
    public void Between_LowerEstimate_GivesNegativeLines()
    {
        // An estimate of 1 kWh at Monday 03:00 (night) is replaced by 0.2 kWh: night −0.8 × 1.00 = −0.80; VAT −0.20.
        var values = Hourly(Week, 1.0);
        var issued = Compute(values);
        values[3] = values[3] with { Quantity = 0.2, Quality = ReadingQuality.Edited };

        var adjustment = BillAdjustments.Between(issued, Compute(values));

        Assert.Equal([-0.8m, -0.80m], adjustment.Lines.Select(l => l.Quantity));
        Assert.Equal([-0.80m, -0.20m], adjustment.Lines.Select(l => l.Amount));
        Assert.Equal(-1.00m, adjustment.Total);
    }

    [Fact]
    public void Between_SameBill_IsEmpty()
    {
        var values = Hourly(Week, 1.0);

        var adjustment = BillAdjustments.Between(Compute(values), Compute(values));

        Assert.True(adjustment.IsEmpty);
        Assert.Equal(0m, adjustment.Total);
    }

    [Fact]
    public void Between_LineOnlyOnTheIssuedBill_IsReversed()
    {
        var values = Hourly(Week, 1.0);
        var issued = Compute(values);
        var recomputed = issued with { Lines = [.. issued.Lines.Where(l => l.Key != "Standing:Subscription")], Subtotal = issued.Subtotal - 7.00m };

        var adjustment = BillAdjustments.Between(issued, recomputed);

        var reversal = Assert.Single(adjustment.Lines);
        Assert.Equal("Standing:Subscription", reversal.Key);
        Assert.Equal(-7m, reversal.Quantity);
        Assert.Equal(-7.00m, reversal.Amount);
    }

    [Fact]
    public void Between_BillsOfDifferentAccounts_Throws()
    {
        var bill = Compute(Hourly(Week, 1.0));
        var other = bill with { Subject = bill.Subject with { AccountId = "A-2002" } };

        Assert.Throws<ArgumentException>(() => BillAdjustments.Between(bill, other));
    }
}
