using Polis.Metering.Detection;

namespace Polis.Metering.Tests.Detection;

public sealed class BalanceCalculatorTests
{
    private static readonly DetectionOptions Options = new();

    [Fact]
    public void LossesPerDay_AndOverThePeriod_OnlyFromCompleteDays()
    {
        var start = new DateOnly(2026, 5, 1);
        DailyTotal[] feeder = [new(start, 100, true), new(start.AddDays(1), 110, true), new(start.AddDays(2), 120, true), new(start.AddDays(3), 90, true)];
        DailyTotal[] a = [new(start, 40, true), new(start.AddDays(1), 45, true), new(start.AddDays(2), 50, true), new(start.AddDays(3), 35, true)];
        DailyTotal[] b = [new(start, 45, true), new(start.AddDays(1), 50, true), new(start.AddDays(2), 0, false), new(start.AddDays(3), 40, true)];

        var days = BalanceCalculator.Daily(feeder, [a, b]);
        var period = BalanceSummary.Of(days);

        Assert.Equal((100.0, 85.0, 15.0, 15.0), (days[0].Input!.Value, days[0].Customers!.Value, days[0].Losses!.Value, days[0].LossPercent!.Value));
        Assert.Equal((false, true, 1, (double?)null), (days[2].Complete, days[2].FeederComplete, days[2].IncompleteMembers, days[2].Losses)); // b missing: not counted as zero
        Assert.Equal((300.0, 255.0, 45.0, 3, 1), (period.Input, period.Customers, period.Losses, period.CompleteDays, period.IncompleteDays));
        Assert.Equal(15.0, period.LossPercent!.Value, 9);
    }

    [Fact]
    public void Detect_FiresAboveTheThreshold_NotBelow_NotWithTooFewCompleteDays()
    {
        var start = new DateOnly(2026, 5, 1);
        BalanceDay Day(int d, double input, double customers) => new(start.AddDays(d), input, customers, input - customers, 100 * (input - customers) / input, true, true, 0);
        BalanceDay[] lossy = [Day(0, 100, 80), Day(1, 100, 85), Day(2, 100, 82)];
        BalanceDay[] fine = [Day(0, 100, 95), Day(1, 100, 94), Day(2, 100, 96)];

        var found = BalanceCalculator.Detect("feeder-1", lossy, 2, 15, Flows.Copenhagen, Options);

        var evidence = Assert.IsType<BalanceEvidence>(found!.Evidence);
        Assert.Equal((300.0, 247.0, 53.0, 3), (evidence.Balance.Input, evidence.Balance.Customers, evidence.Balance.Losses, evidence.Balance.CompleteDays));
        Assert.Null(BalanceCalculator.Detect("feeder-1", fine, 2, 15, Flows.Copenhagen, Options));
        Assert.Null(BalanceCalculator.Detect("feeder-1", lossy[..2], 2, 15, Flows.Copenhagen, Options));
    }
}
