using System.Text.Json.Nodes;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Polis.NgsiLd.Entities;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// Turns queued readings into notifications, off the ingest path. For each reading it finds the active
/// subscriptions whose entities and watchedAttributes match (counting only keys the twin has not seen read
/// again since), builds the entity once from the live twin, checks q and geoQ, and hands the entity to each
/// subscription's throttle. Sends run as their own tasks (at most one in flight per subscription), so a slow
/// receiver delays only its own subscription.
/// </summary>
public sealed partial class SubscriptionNotifier(
    ReadingInbox queue,
    SubscriptionRegistry registry,
    NgsiLdEntityService entities,
    NotificationSender sender,
    TimeProvider timeProvider,
    ILogger<SubscriptionNotifier> logger) : BackgroundService
{
    private CancellationToken _stopping;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        _stopping = stoppingToken;
        try
        {
            await LoadAsync(stoppingToken);
            await foreach (var notice in queue.Reader.ReadAllAsync(stoppingToken))
            {
                try
                {
                    await HandleAsync(notice, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogMatchFailed(logger, notice.DeviceId, ex);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // shutting down
        }
    }

    /// <summary>Matches one reading and offers the entity to every subscription that wants it; public so tests can drive it.</summary>
    public async Task HandleAsync(ReadingNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var now = timeProvider.GetUtcNow();
        var type = EntityTypes.ForProfile(notice.ProfileId);
        var entityId = EntityIds.For(type, notice.DeviceId);
        var changed = ReadingAttributes.Changed(type, notice.Keys.Keys);
        var candidates = registry.All
            .Where(s => s.Subscription.NotifiesAt(now) && s.Filter.MatchesEntity(type, entityId) && s.Filter.Watches(changed))
            .ToList();
        if (candidates.Count == 0 || await entities.GetSnapshotAsync(entityId, cancellationToken) is not { } snapshot)
        {
            return;
        }

        // Matching runs behind ingest, so the twin may already show a later reading of some of these keys: that reading
        // has its own notice behind this one, which notifies the state shown now (or this reading came late with an
        // older timestamp and changed nothing). Counting those keys here too would notify one change twice, and let a
        // reading that fails q notify the later state that passes it. A key the twin shows an older value of (its
        // update failed) still counts.
        var current = notice.Keys.Where(k => !snapshot.Latest.TryGetValue(k.Key, out var shown) || shown.Timestamp <= k.Value).Select(k => k.Key).ToList();
        if (current.Count < notice.Keys.Count)
        {
            var stillChanged = ReadingAttributes.Changed(type, current);
            candidates = candidates.Where(s => s.Filter.Watches(stillChanged)).ToList();
        }

        var entity = EntityMapper.ToEntity(snapshot);
        foreach (var state in candidates.Where(s => s.Filter.MatchesContent(entity)))
        {
            Schedule(state, state.Offer(entityId, now), (entityId, entity));
        }
    }

    private void Schedule(SubscriptionState state, ThrottleDecision decision, (string Id, JsonObject Entity)? fresh)
    {
        if (decision.Send)
        {
            _ = Task.Run(() => DeliverAsync(state, decision.Due, decision.Due is null ? fresh : null), CancellationToken.None);
        }
    }

    private async Task DeliverAsync(SubscriptionState state, DateTimeOffset? due, (string Id, JsonObject Entity)? fresh)
    {
        try
        {
            if (due is { } at && at - timeProvider.GetUtcNow() is { Ticks: > 0 } wait)
            {
                await Task.Delay(wait, timeProvider, _stopping);
            }

            var now = timeProvider.GetUtcNow();
            var ids = state.Take(now);

            // A subscription deleted, replaced, paused or expired while this send waited sends nothing.
            if (registry.Find(state.Id) == state && state.Subscription.NotifiesAt(now))
            {
                var data = new List<JsonObject>();
                foreach (var id in ids)
                {
                    var entity = fresh is { } f && f.Id == id ? f.Entity : await entities.GetAsync(id, _stopping);
                    if (entity is not null && state.Filter.MatchesContent(entity))
                    {
                        data.Add(entity);
                    }
                }

                if (data.Count > 0)
                {
                    var error = await sender.SendAsync(state.Subscription, NotificationBody.Build(state.Subscription, data, now), _stopping);
                    state.RecordSent(now, error);
                    await registry.SaveStatusAsync(state, _stopping);
                }
            }
        }
        catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex)
        {
            LogDeliveryFailed(logger, state.Id, ex);
        }

        Schedule(state, state.Completed(timeProvider.GetUtcNow()), null);
    }

    private async Task LoadAsync(CancellationToken stoppingToken)
    {
        while (true)
        {
            try
            {
                await registry.EnsureLoadedAsync(stoppingToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogLoadFailed(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), timeProvider, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "NGSI-LD subscription matching failed for device {DeviceId}")]
    private static partial void LogMatchFailed(ILogger logger, string deviceId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "NGSI-LD notification of subscription {SubscriptionId} failed")]
    private static partial void LogDeliveryFailed(ILogger logger, string subscriptionId, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "NGSI-LD subscriptions could not be loaded; retrying")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);
}
