using Polis.Metering.Billing;
using Polis.Metering.Tariffs;
using static Polis.Metering.Tests.Billing.Synthetic;
using static Polis.Metering.Tests.Billing.TestTariffs;

namespace Polis.Metering.Tests.Billing;

/// <summary>
/// Time of use on Copenhagen's DST days. Intervals are UTC hours; windows are local clock times, so the 25-hour day
/// has two local 02:00–03:00 hours in the night window and the 23-hour day none.
/// </summary>
public sealed class BillCalculatorDstTests
{
    /// <summary>Night 00:00–06:00 at 1.00, day 06:00–24:00 at 2.00, every day of the week.</summary>
    private static readonly Tariff NightAndDay = Electricity(
        new TimeOfUseCharge
        {
            Description = "Energy",
            Periods = [new() { Name = "night", UnitPrice = 1.00m }, new() { Name = "day", UnitPrice = 2.00m }],
            DayTypes = [new() { Name = "all", Days = Enum.GetValues<DayOfWeek>(), Windows = [Window(0, 6, "night"), Window(6, 24, "day")] }],
        },
        Standing(1.00m));

    /// <summary>
    /// 2026-10-25: 22:00Z on the 24th to 23:00Z on the 25th, 25 UTC hours of 1 kWh. Local night 00:00–06:00 holds 7
    /// of them (02:00–03:00 twice): 7 × 1.00 = 7.00; day 06:00–24:00 18 × 2.00 = 36.00; standing one day × 1.00;
    /// total 44.00.
    /// 2026-03-29: 23:00Z on the 28th to 22:00Z on the 29th, 23 UTC hours; local 02:00–03:00 never happens.
    /// Night 5 × 1.00 = 5.00; day 18 × 2.00 = 36.00; standing 1.00; total 42.00.
    /// </summary>
    [Theory]
    [InlineData(10, 25, 25, 7, 44.00)]
    [InlineData(3, 29, 23, 5, 42.00)]
    public void Compute_DstDay_PricesByLocalClockAndCountsOneDay(int month, int day, int hours, int nightHours, double total)
    {
        var period = new BillPeriod(new DateOnly(2026, month, day), new DateOnly(2026, month, day + 1));
        var values = Hourly(period, 1.0);
        Assert.Equal(hours, values.Length);

        var bill = Billed(BillCalculator.Compute(Subject(), period, NightAndDay, Copenhagen, values));

        Assert.Equal(nightHours, Line(bill, "Consumption:Energy:night").Quantity);
        Assert.Equal(18m, Line(bill, "Consumption:Energy:day").Quantity);
        Assert.Equal(1m, Line(bill, "Standing:Subscription").Quantity);
        Assert.Equal((decimal)total, bill.Total);
        Assert.Equal(hours, Assert.Single(bill.DailyConsumption), 9);
    }

    [Fact]
    public void Compute_OctoberMonth_Has745HoursAnd31StandingDays()
    {
        // October 2026: 31 days, 744 + 1 = 745 hours. Night: 31 × 6 + 1 = 187; day: 31 × 18 = 558.
        // 187 × 1.00 + 558 × 2.00 = 1,303.00; standing 31 × 1.00 = 31.00; total 1,334.00.
        var october = BillPeriod.Month(2026, 10);
        var values = Hourly(october, 1.0);
        Assert.Equal(745, values.Length);

        var bill = Billed(BillCalculator.Compute(Subject(), october, NightAndDay, Copenhagen, values));

        Assert.Equal(187m, Line(bill, "Consumption:Energy:night").Quantity);
        Assert.Equal(31m, Line(bill, "Standing:Subscription").Quantity);
        Assert.Equal(1334.00m, bill.Total);
        Assert.Equal(745m, bill.Consumption);
    }

    [Fact]
    public void Compute_ValuesOneHourShortOnTheAutumnDay_RefusesAsMissing()
    {
        // Someone counting 24 hours per local day misses the 25th hour: that hour is missing, not silently dropped.
        var day = new BillPeriod(new DateOnly(2026, 10, 25), new DateOnly(2026, 10, 26));
        var values = Hourly(day, 1.0)[..24];

        var result = BillCalculator.Compute(Subject(), day, NightAndDay, Copenhagen, values);

        Assert.False(result.IsBilled);
        var problem = Assert.Single(result.Refusal!.Problems);
        Assert.Equal(BillProblemKind.Missing, problem.Kind);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 22, 0, 0, TimeSpan.Zero), problem.Start);
        Assert.Equal(new DateTimeOffset(2026, 10, 25, 23, 0, 0, TimeSpan.Zero), problem.End);
    }
}
