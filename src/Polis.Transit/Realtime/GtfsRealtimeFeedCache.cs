using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Realtime.Cancellations;
using Polis.Transit.Realtime.Protobuf;

namespace Polis.Transit.Realtime;

/// <summary>
/// Builds each feed at most once per <see cref="GtfsRealtimeOptions.RefreshInterval"/> and hands the same
/// <see cref="GtfsRealtimeFeed"/> to every request in between: many riders' apps poll the same URL, and one build
/// (store read, selection, serialization) serves them all. One build per feed at a time; a request arriving
/// during it waits for its result. If a build fails, the previous feed is served until one succeeds.
/// </summary>
public sealed partial class GtfsRealtimeFeedCache(
    TransitRealtimeSources sources,
    IServiceAlertStore alerts,
    ITripCancellationStore cancellations,
    IOptions<GtfsRealtimeOptions> options,
    TimeProvider timeProvider,
    ILogger<GtfsRealtimeFeedCache> logger)
{
    private readonly GtfsRealtimeFeed?[] _feeds = new GtfsRealtimeFeed?[3];
    private readonly SemaphoreSlim[] _builds = [new(1, 1), new(1, 1), new(1, 1)];

    public async Task<GtfsRealtimeFeed> GetAsync(GtfsRealtimeFeedKind kind, CancellationToken cancellationToken = default)
    {
        var slot = (int)kind;
        if (Fresh(Volatile.Read(ref _feeds[slot])) is { } cached)
        {
            return cached;
        }

        await _builds[slot].WaitAsync(cancellationToken);
        try
        {
            var previous = _feeds[slot];
            if (Fresh(previous) is { } built)
            {
                return built;
            }

            try
            {
                var feed = new GtfsRealtimeFeed(await BuildAsync(kind, cancellationToken), timeProvider.GetUtcNow());
                Volatile.Write(ref _feeds[slot], feed);
                return feed;
            }
            catch (Exception exception) when (previous is not null && exception is not OperationCanceledException)
            {
                LogBuildFailed(logger, kind, exception);
                return previous;
            }
        }
        finally
        {
            _builds[slot].Release();
        }
    }

    private GtfsRealtimeFeed? Fresh(GtfsRealtimeFeed? feed) =>
        feed is not null && timeProvider.GetUtcNow() - feed.BuiltAt < options.Value.RefreshInterval ? feed : null;

    private async Task<FeedMessage> BuildAsync(GtfsRealtimeFeedKind kind, CancellationToken cancellationToken)
    {
        var network = sources.Network;
        var now = timeProvider.GetUtcNow();
        var staleAfter = options.Value.StaleVehicleAge;
        if (kind == GtfsRealtimeFeedKind.Alerts)
        {
            return AlertsFeedBuilder.Build(new RealtimeFeedInput(network, [], [], await alerts.ListAsync(cancellationToken), now, staleAfter));
        }

        if (network is null)
        {
            return FeedMessages.Empty(now);
        }

        var input = new RealtimeFeedInput(network, sources.Vehicles, await cancellations.ListAsync(cancellationToken), [], now, staleAfter);
        return kind == GtfsRealtimeFeedKind.VehiclePositions ? VehiclePositionsFeedBuilder.Build(input) : TripUpdatesFeedBuilder.Build(input);
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Building the GTFS-Realtime {Kind} feed failed; serving the previous one")]
    private static partial void LogBuildFailed(ILogger logger, GtfsRealtimeFeedKind kind, Exception exception);
}
