using Polis.Metering.Meters;

namespace Polis.Metering.Tests.Detection;

/// <summary>A household with an electricity and a water meter balances against its feeder and its district meter at once.</summary>
public sealed class FeederPerKindTests : IDisposable
{
    private readonly DetectionHarness _h = new();

    [Fact]
    public async Task HouseholdWithBothKinds_BalancedAgainstEachFeederWithOnlyItsKind()
    {
        await _h.FeederAsync("feeder-e", MeterKind.Electricity);
        await _h.FeederAsync("bulk-w", MeterKind.Water);
        await _h.MeterAtAsync("e-1", MeterKind.Electricity, "sp-1", null, ["feeder-e", "bulk-w"]);
        await _h.MeterAtAsync("w-1", MeterKind.Water, "sp-1", null, ["feeder-e", "bulk-w"]);
        var (start, end) = (Flows.Utc("2026-04-30T22:00:00Z"), Flows.Utc("2026-05-01T22:00:00Z")); // local 1 May
        await _h.SaveAsync("feeder-e", Flows.Hourly(start, end, _ => 1.0));  // 24 kWh in
        await _h.SaveAsync("e-1", Flows.Hourly(start, end, _ => 0.9));       // 21.6 kWh used: 10 % lost
        await _h.SaveAsync("bulk-w", Flows.Hourly(start, end, _ => 0.5));    // 12 m3 in
        await _h.SaveAsync("w-1", Flows.Hourly(start, end, _ => 0.375));     // 9 m3 used: 25 % lost

        var electricity = await _h.Balances.ComputeAsync("feeder-e", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 2), Flows.Copenhagen, default);
        var water = await _h.Balances.ComputeAsync("bulk-w", new DateOnly(2026, 5, 1), new DateOnly(2026, 5, 2), Flows.Copenhagen, default);

        Assert.Equal(["bulk-w", "feeder-e"], await _h.Balances.FeedersAsync("harbour", default));
        Assert.Equal((MeterKind.Electricity, 1), (electricity!.Kind, electricity.Members));
        Assert.Equal(10.0, electricity.Days[0].LossPercent!.Value, 9);
        Assert.Equal((MeterKind.Water, 1), (water!.Kind, water.Members));
        Assert.Equal(25.0, water.Days[0].LossPercent!.Value, 9);
    }

    public void Dispose() => _h.Dispose();
}
