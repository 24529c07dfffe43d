using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polis.Transit.Feeds;
using Polis.Transit.Live;
using Polis.Transit.Realtime;
using Polis.Transit.Realtime.Alerts;

namespace Polis.Transit.Tests.Realtime;

/// <summary>The realtime services over a real SQLite file, the in-memory tracker and feed import, and a fake clock at <see cref="RealtimeScenario.Now"/>.</summary>
internal sealed class RealtimeHost : IDisposable
{
    public RealtimeHost()
    {
        var services = new ServiceCollection()
            .AddSingleton<ITransitNetworkProvider>(State)
            .AddSingleton<ITransitLiveState>(State)
            .BuildServiceProvider();
        Sources = new TransitRealtimeSources(services);
    }

    public TempDatabase Db { get; } = new();

    public InMemoryTransitState State { get; } = new(RealtimeScenario.Network);

    public FakeTimeProvider Clock { get; } = new(RealtimeScenario.Now);

    public TransitRealtimeSources Sources { get; }

    public GtfsRealtimeOptions FeedOptions { get; } = new();

    public DelayAlertOptions DelayOptions { get; } = new();

    public GtfsRealtimeFeedCache FeedCache() =>
        new(Sources, Db.Alerts, Db.Cancellations, Options.Create(FeedOptions), Clock, NullLogger<GtfsRealtimeFeedCache>.Instance);

    public DelayAlertService DelayAlerts() =>
        new(Sources, Db.Alerts, Db.Cancellations, Options.Create(DelayOptions), Options.Create(FeedOptions), Clock, NullLogger<DelayAlertService>.Instance);

    public void Dispose() => Db.Dispose();
}
