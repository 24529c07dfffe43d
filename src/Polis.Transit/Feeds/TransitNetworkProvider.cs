using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polis.Transit.Timetable;

namespace Polis.Transit.Feeds;

/// <summary>
/// Holds the active feed's <see cref="TransitNetwork"/>: loads it at start, and polls the store's active version so
/// that a feed activated elsewhere (another node, <c>polis import gtfs</c> on the same database) replaces it within
/// <see cref="TransitFeedOptions.PollInterval"/>. The API's own imports call <see cref="RefreshAsync"/> at once.
/// Also removes versions left half-written by a crash, at start and then every <see cref="TransitFeedOptions.AbandonedImportAfter"/>.
/// </summary>
public sealed partial class TransitNetworkProvider(ITransitFeedStore store, IOptions<TransitFeedOptions> options, TimeProvider time, ILogger<TransitNetworkProvider> logger)
    : BackgroundService, ITransitNetworkProvider
{
    private readonly SemaphoreSlim _refresh = new(1, 1);
    private volatile TransitNetwork? _current;
    private DateTimeOffset _nextCleanup = DateTimeOffset.MinValue;
    private long? _unbuildableFeedId;

    public TransitNetwork? Current => _current;

    public event Action<TransitNetwork?>? Changed;

    /// <summary>Loads the active version if it is not the one held; true when <see cref="Current"/> changed.</summary>
    public async Task<bool> RefreshAsync(CancellationToken cancellationToken = default)
    {
        await _refresh.WaitAsync(cancellationToken);
        try
        {
            var active = await store.GetActiveAsync(cancellationToken);
            if (active?.Id == _current?.FeedId || (active is not null && active.Id == _unbuildableFeedId))
            {
                return false;
            }

            TransitNetwork? network = null;
            if (active is not null)
            {
                if (await store.LoadAsync(active.Id, cancellationToken) is not { } feed)
                {
                    return false; // replaced and deleted while we looked: the next poll sees its successor
                }

                try
                {
                    network = await Task.Run(() => TransitNetworkBuilder.Build(active.Id, feed), cancellationToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // A validated feed should always build; if one does not, keep serving the previous network rather
                    // than retrying (and failing) every poll. A newer activation is tried again.
                    _unbuildableFeedId = active.Id;
                    LogBuildFailed(logger, ex, active.Id);
                    return false;
                }

                LogLoaded(logger, active.Id, active.FileName, network.Trips.Count, network.Stops.Count);
            }

            _current = network;
            RaiseChanged(network);
            return true;
        }
        finally
        {
            _refresh.Release();
        }
    }

    /// <summary>One polling pass (public so tests drive it with a fake clock): removes abandoned imports when due, then refreshes.</summary>
    public async Task PollAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (now >= _nextCleanup)
        {
            var settings = options.Value;
            if (await store.RemoveAbandonedAsync(now - settings.AbandonedImportAfter, cancellationToken) is > 0 and var removed)
            {
                LogRemovedAbandoned(logger, removed);
            }

            _nextCleanup = now + settings.AbandonedImportAfter;
        }

        await RefreshAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _refresh.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        do
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
            {
                LogPollFailed(logger, ex);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    private void RaiseChanged(TransitNetwork? network)
    {
        try
        {
            Changed?.Invoke(network);
        }
        catch (Exception ex)
        {
            // A subscriber's failure must not stop the network from being replaced for everyone else.
            LogSubscriberFailed(logger, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Transit network of feed version {FeedId} ({FileName}) loaded: {Trips} trips, {Stops} stops")]
    private static partial void LogLoaded(ILogger logger, long feedId, string fileName, int trips, int stops);

    [LoggerMessage(Level = LogLevel.Error, Message = "The transit network of feed version {FeedId} could not be built; the previous one stays in service")]
    private static partial void LogBuildFailed(ILogger logger, Exception exception, long feedId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Removed {Count} feed versions left half-written by an interrupted import or deletion")]
    private static partial void LogRemovedAbandoned(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Checking the active transit feed failed; retrying at the next interval")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "A subscriber to transit network changes failed")]
    private static partial void LogSubscriberFailed(ILogger logger, Exception exception);
}
