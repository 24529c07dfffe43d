namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// Durable NGSI-LD subscriptions. The store keeps definitions as opaque JSON so it needs no knowledge of
/// the subscription model; the embedded implementation is SQLite (Polis.Storage.Sqlite/NgsiLd).
/// </summary>
public interface ISubscriptionStore
{
    Task<IReadOnlyList<StoredSubscription>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Adds the subscription; false (and nothing written) when its id exists.</summary>
    Task<bool> TryCreateAsync(StoredSubscription subscription, CancellationToken cancellationToken = default);

    /// <summary>Replaces the definition, keeping the status; false when the id does not exist.</summary>
    Task<bool> UpdateDefinitionAsync(string id, string definitionJson, CancellationToken cancellationToken = default);

    Task UpdateStatusAsync(string id, NotificationStatus status, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default);
}
