using Polis.Transit.Realtime.Alerts;
using static Polis.Transit.Tests.Realtime.RealtimeScenario;

namespace Polis.Transit.Tests.Realtime;

/// <summary>Automatic SIGNIFICANT_DELAYS alerts, driven check by check with a fake clock over a real SQLite file.</summary>
public sealed class DelayAlertServiceTests : IDisposable
{
    private readonly RealtimeHost _host = new();

    public void Dispose() => _host.Dispose();

    private async Task<List<ServiceAlert>> CheckAsync(params int[] delays)
    {
        _host.State.Vehicles = [.. delays.Select((delay, i) => OnRun($"bus-{i}", i == 0 ? Out : Shuttle0800, 1, delay, TimeSpan.Zero) with
        {
            Position = new(55.0, 12.0, null, null, _host.Clock.GetUtcNow()),
        })];
        await _host.DelayAlerts().CheckAsync();
        _host.Clock.Advance(TimeSpan.FromSeconds(30));
        return [.. await _host.Db.Alerts.ListAsync()];
    }

    [Fact]
    public async Task Check_RunTenMinutesLate_RaisesOneAlertOnTheTripWithRouteAndMinutes()
    {
        Assert.Empty(await CheckAsync(599));

        var alert = Assert.Single(await CheckAsync(600));
        Assert.Equal(($"delay-{Out.Key}", AlertEffect.SignificantDelays, AlertSource.Automatic), (alert.Id, alert.Effect, alert.Source));
        Assert.Equal("Route 1, 08:00 is running 10 min late", alert.Header);
        Assert.Equal(new AlertInformedEntity(RouteId: "R1", TripId: "out", TripStartDate: "20260305"), Assert.Single(alert.InformedEntities));
        Assert.Null(Assert.Single(alert.ActivePeriods).End);
    }

    [Fact]
    public async Task Check_RepeatedAndAfterRestart_NoDuplicateHeaderFollowsMinutes()
    {
        await CheckAsync(700);
        await CheckAsync(710);
        var alerts = await CheckAsync(790); // a new service instance each check, as after a restart

        Assert.Equal("Route 1, 08:00 is running 13 min late", Assert.Single(alerts).Header);
    }

    [Fact]
    public async Task Check_DelayFallsBack_ClearsOnlyBelowTheHysteresis()
    {
        await CheckAsync(660);

        Assert.Single(await CheckAsync(480)); // 8 min: below the threshold, not below 7 min
        Assert.Empty(await CheckAsync(419));
        Assert.Empty(await CheckAsync(540)); // 9 min after clearing: not raised again until 10
    }

    [Fact]
    public async Task Check_VehicleGoesStaleOrLeavesTheRun_Clears()
    {
        await CheckAsync(900, 900);
        Assert.Equal(2, (await _host.Db.Alerts.ListAsync()).Count);

        _host.State.Vehicles = [OnRun("bus-0", Out, 1, 900) with { Position = new(55.0, 12.0, null, null, _host.Clock.GetUtcNow().AddMinutes(-6)) }];
        await _host.DelayAlerts().CheckAsync();

        Assert.Empty(await _host.Db.Alerts.ListAsync());
    }

    [Fact]
    public async Task Check_OperatorAlertsAndCancellationAlerts_LeftAlone()
    {
        await _host.Db.Alerts.AddAsync(Alert("operator-1", new AlertInformedEntity(RouteId: "R1")));
        await _host.Db.Alerts.AddAsync(Alert("cancellation-x", new AlertInformedEntity(RouteId: "R1")) with { Source = AlertSource.Automatic });

        await CheckAsync();

        Assert.Equal(["cancellation-x", "operator-1"], (await _host.Db.Alerts.ListAsync()).Select(a => a.Id).Order(StringComparer.Ordinal));
    }
}
