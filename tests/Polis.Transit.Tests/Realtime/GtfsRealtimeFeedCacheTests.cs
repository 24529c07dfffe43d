using Polis.Transit.Realtime;
using static Polis.Transit.Tests.Realtime.RealtimeScenario;

namespace Polis.Transit.Tests.Realtime;

public sealed class GtfsRealtimeFeedCacheTests : IDisposable
{
    private readonly RealtimeHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Get_WithinOneInterval_SameBuildForEveryoneThenANewerOne()
    {
        var cache = _host.FeedCache();
        _host.State.Vehicles = [OnRun("bus-1", Out, 1, 60)];

        var first = await cache.GetAsync(GtfsRealtimeFeedKind.TripUpdates);
        _host.State.Vehicles = [];
        _host.Clock.Advance(TimeSpan.FromMilliseconds(999));
        var cached = await cache.GetAsync(GtfsRealtimeFeedKind.TripUpdates);
        _host.Clock.Advance(TimeSpan.FromMilliseconds(1));
        var rebuilt = await cache.GetAsync(GtfsRealtimeFeedKind.TripUpdates);

        Assert.Same(first, cached);
        Assert.NotSame(first, rebuilt);
        Assert.Single(first.Message.Entity);
        Assert.Empty(rebuilt.Message.Entity);
        Assert.Empty(GtfsRealtimeRules.CheckSequence(first.Message, rebuilt.Message));
        Assert.NotEqual(first.ETag, rebuilt.ETag);
    }

    [Fact]
    public async Task Get_CancellationStored_InTripUpdatesAndItsAlertInAlerts()
    {
        var cancellation = Cancellation("c1", Shuttle0800);
        await _host.Db.Cancellations.AddAsync(cancellation, RunAlerts.Automatic(cancellation.AlertId, Polis.Transit.Realtime.Alerts.AlertEffect.NoService,
            "cancelled", null, Shuttle0800, Now, Shuttle0800.ScheduledEnd, "ops"));
        var cache = _host.FeedCache();

        var updates = await cache.GetAsync(GtfsRealtimeFeedKind.TripUpdates);
        var alerts = await cache.GetAsync(GtfsRealtimeFeedKind.Alerts);

        Assert.Equal(Shuttle0800.Key, Assert.Single(updates.Message.Entity).Id);
        Assert.Equal("cancellation-c1", Assert.Single(alerts.Message.Entity).Id);
        Assert.Empty(GtfsRealtimeRules.Check(alerts.Message, Network, Now));
        Assert.Contains("\"scheduleRelationship\": \"CANCELED\"", updates.Json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_NoFeedImported_HeaderOnlyFeeds()
    {
        _host.State.Activate(null);
        _host.State.Vehicles = [OnRun("bus-1", Out, 1, 60)];
        var cache = _host.FeedCache();

        foreach (var kind in Enum.GetValues<GtfsRealtimeFeedKind>())
        {
            var feed = await cache.GetAsync(kind);
            Assert.Empty(feed.Message.Entity);
            Assert.Empty(GtfsRealtimeRules.Check(feed.Message, null, Now));
        }
    }
}
