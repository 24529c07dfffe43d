using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using Polis.NgsiLd.Errors;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// The subscriptions in memory, loaded once from the store and written through on every change: the
/// store first, so a failed write changes nothing. Readers get an immutable array, so a reading costs one
/// volatile read while there are no subscriptions. Node-local: a cluster needs a broadcast of changes
/// between nodes (not built yet).
/// </summary>
public sealed partial class SubscriptionRegistry(ISubscriptionStore store, ILogger<SubscriptionRegistry> logger) : IDisposable
{
    private readonly SemaphoreSlim _writes = new(1, 1);
    private volatile SubscriptionState[] _all = [];
    private volatile bool _loaded;

    public bool IsEmpty => _all.Length == 0;

    public IReadOnlyList<SubscriptionState> All => _all;

    public SubscriptionState? Find(string id) => Array.Find(_all, s => s.Id == id);

    public async Task EnsureLoadedAsync(CancellationToken cancellationToken = default)
    {
        if (_loaded)
        {
            return;
        }

        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (!_loaded)
            {
                var loaded = new List<SubscriptionState>();
                foreach (var stored in await store.ListAsync(cancellationToken))
                {
                    try
                    {
                        var definition = JsonNode.Parse(stored.DefinitionJson)!.AsObject();
                        loaded.Add(new SubscriptionState(SubscriptionParser.Parse(definition, NgsiLdContext.CoreContextUrl, null), stored.Status));
                    }
                    catch (Exception ex) when (ex is NgsiLdException or System.Text.Json.JsonException or InvalidOperationException)
                    {
                        LogUnreadable(logger, stored.Id, ex);
                    }
                }

                _all = [.. loaded.OrderBy(s => s.Id, StringComparer.Ordinal)];
                _loaded = true;
            }
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Stores and activates a new subscription; AlreadyExists (409) when its id is taken.</summary>
    public async Task<SubscriptionState> CreateAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await EnsureLoadedAsync(cancellationToken);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var stored = new StoredSubscription(subscription.Id, SubscriptionJson.ToJson(subscription).ToJsonString(), NotificationStatus.None);
            if (Find(subscription.Id) is not null || !await store.TryCreateAsync(stored, cancellationToken))
            {
                throw NgsiLdException.AlreadyExists($"Subscription '{subscription.Id}' already exists.");
            }

            var state = new SubscriptionState(subscription, NotificationStatus.None);
            _all = [.. _all.Append(state).OrderBy(s => s.Id, StringComparer.Ordinal)];
            return state;
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Replaces a subscription's definition (its status carries over, sends already under way included); null when it does not exist.</summary>
    public async Task<SubscriptionState?> ReplaceAsync(Subscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await EnsureLoadedAsync(cancellationToken);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            if (Find(subscription.Id) is not { } current ||
                !await store.UpdateDefinitionAsync(subscription.Id, SubscriptionJson.ToJson(subscription).ToJsonString(), cancellationToken))
            {
                return null;
            }

            var state = current.WithDefinition(subscription);
            _all = [.. _all.Select(s => s == current ? state : s)];
            return state;
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await EnsureLoadedAsync(cancellationToken);
        await _writes.WaitAsync(cancellationToken);
        try
        {
            var deleted = await store.DeleteAsync(id, cancellationToken);
            _all = [.. _all.Where(s => s.Id != id)];
            return deleted;
        }
        finally
        {
            _writes.Release();
        }
    }

    /// <summary>Persists a delivery status; best effort, since the in-memory figures stay right and the next send writes again.</summary>
    public async Task SaveStatusAsync(SubscriptionState state, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        try
        {
            await store.UpdateStatusAsync(state.Id, state.Status, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogStatusNotSaved(logger, state.Id, ex);
        }
    }

    public void Dispose() => _writes.Dispose();

    [LoggerMessage(Level = LogLevel.Error, Message = "Stored NGSI-LD subscription {SubscriptionId} cannot be read and is ignored")]
    private static partial void LogUnreadable(ILogger logger, string subscriptionId, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Status of NGSI-LD subscription {SubscriptionId} could not be saved")]
    private static partial void LogStatusNotSaved(ILogger logger, string subscriptionId, Exception exception);
}
