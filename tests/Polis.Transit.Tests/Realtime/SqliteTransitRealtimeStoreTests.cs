using Polis.Transit.Realtime.Alerts;
using static Polis.Transit.Tests.Realtime.RealtimeScenario;

namespace Polis.Transit.Tests.Realtime;

/// <summary>Alerts and cancellations on a real SQLite file (migration 0014).</summary>
public sealed class SqliteTransitRealtimeStoreTests : IDisposable
{
    private readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task Alerts_AddGetReplaceDelete_RoundTripWholeAlert()
    {
        var alert = Alert("a1", new AlertInformedEntity(TripId: "out", TripStartDate: "20260305", RouteId: "R1"), new AlertActivePeriod(Now, null));

        Assert.True(await _db.Alerts.AddAsync(alert));
        Assert.False(await _db.Alerts.AddAsync(alert with { Header = "other" }));
        var read = await _db.Alerts.GetAsync("a1");
        Assert.NotNull(read);
        Assert.Equal(alert.InformedEntities, read.InformedEntities);
        Assert.Equal(alert.Translations, read.Translations);
        Assert.Equal(alert.ActivePeriods, read.ActivePeriods);
        Assert.Equal(alert with { InformedEntities = read.InformedEntities, Translations = read.Translations, ActivePeriods = read.ActivePeriods }, read);

        Assert.True(await _db.Alerts.ReplaceAsync(alert with { Header = "Changed", Source = AlertSource.Automatic }));
        Assert.Equal(("Changed", AlertSource.Automatic), ((await _db.Alerts.GetAsync("a1"))!.Header, (await _db.Alerts.ListAsync()).Single().Source));
        Assert.False(await _db.Alerts.ReplaceAsync(alert with { Id = "nope" }));
        Assert.True(await _db.Alerts.DeleteAsync("a1"));
        Assert.False(await _db.Alerts.DeleteAsync("a1"));
        Assert.Empty(await _db.Alerts.ListAsync());
    }

    [Fact]
    public async Task Cancellations_AddTwiceThenDelete_OneRunOneAlertBothRemovedTogether()
    {
        var cancellation = Cancellation("c1", Out);
        var alert = Alert(cancellation.AlertId, new AlertInformedEntity(TripId: "out"));

        Assert.True(await _db.Cancellations.AddAsync(cancellation, alert));
        Assert.False(await _db.Cancellations.AddAsync(cancellation with { Id = "c2" }, alert with { Id = "cancellation-c2" })); // same run

        Assert.Equal(cancellation, Assert.Single(await _db.Cancellations.ListAsync()));
        Assert.Equal(cancellation.AlertId, Assert.Single(await _db.Alerts.ListAsync()).Id);
        Assert.True(await _db.Cancellations.DeleteAsync("c1"));
        Assert.Empty(await _db.Cancellations.ListAsync());
        Assert.Empty(await _db.Alerts.ListAsync());
        Assert.False(await _db.Cancellations.DeleteAsync("c1"));
    }
}
