using System.Globalization;
using Polis.Metering.Billing;
using Polis.Metering.Meters;
using Polis.Metering.Readings;
using Polis.Metering.Tariffs;
using static Polis.Metering.Tests.Billing.Synthetic;
using static Polis.Metering.Tests.Billing.TestTariffs;

namespace Polis.Metering.Tests.Billing;

/// <summary>
/// A month of a real Danish heat meter (../shared/data/metering/danish_heat_meter, hourly cumulative kWh, UTC),
/// turned into hourly intervals by differences of the register and billed on a tiered heat tariff.
/// </summary>
public sealed class RealHeatMeterBillTests
{
    private static IntervalValue[] HourlyFromRegister(DateTimeOffset from, DateTimeOffset to)
    {
        var path = RepositoryFiles.SharedData("metering", "danish_heat_meter", "processed_final_data_sample.csv");
        var readings = File.ReadLines(path).Skip(1)
            .Select(line => line.Split(','))
            .Select(f => (At: DateTimeOffset.Parse(f[2], CultureInfo.InvariantCulture), Kwh: double.Parse(f[3], CultureInfo.InvariantCulture)))
            .Where(r => r.At >= from && r.At <= to)
            .ToList();
        return [.. readings.Zip(readings.Skip(1), (a, b) => new IntervalValue(a.At, b.At, b.Kwh - a.Kwh, ReadingQuality.Valid))];
    }

    [Fact]
    public void Compute_January2019OfMeter660_BillsTheRegisterDifference()
    {
        // January 2019 in Copenhagen is 2018-12-31T23:00Z to 2019-01-31T23:00Z: 744 hours.
        // Register 22,946.7333333333 → 25,741.0895522388 kWh: 2,794.3562189055, kept to 6 places: 2,794.356219 kWh.
        // 500 × 0.60 = 300.00; 1,000 × 0.75 = 750.00; 1,294.356219 × 0.90 = 1,164.9205971 → 1,164.92;
        // connection 31 × 4.10 = 127.10. Subtotal 2,342.02; VAT 25 % = 585.505 → 585.51 (half away from zero); total 2,927.53.
        var january = BillPeriod.Month(2019, 1);
        var values = HourlyFromRegister(new(2018, 12, 31, 23, 0, 0, TimeSpan.Zero), new(2019, 1, 31, 23, 0, 0, TimeSpan.Zero));
        Assert.Equal(744, values.Length);
        var tariff = TestTariffs.Of(MeterKind.Heat, Version(new DateOnly(2018, 1, 1), null,
            [Tiered((500m, 0.60m), (1000m, 0.75m), (null, 0.90m)), new StandingCharge { Description = "Connection", PerDay = 4.10m }], Vat()));

        var bill = Billed(BillCalculator.Compute(Subject(MeterKind.Heat), january, tariff, Copenhagen, values));

        Assert.Equal(2794.356219m, bill.Consumption);
        Assert.Equal([300.00m, 750.00m, 1164.92m, 127.10m, 585.51m], bill.Lines.Select(l => l.Amount));
        Assert.Equal(2342.02m, bill.Subtotal);
        Assert.Equal(2927.53m, bill.Total);
        Assert.Equal(31, bill.DailyConsumption.Count);
        Assert.Equal(2794.3562189055, bill.DailyConsumption.Sum(), 6);
    }
}
