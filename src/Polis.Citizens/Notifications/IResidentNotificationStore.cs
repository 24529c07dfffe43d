namespace Polis.Citizens.Notifications;

/// <summary>
/// Residents' inboxes. Notifications are written by the report store with the history entry they tell of; this store
/// reads them and marks them read, always within one resident's own inbox.
/// </summary>
public interface IResidentNotificationStore
{
    /// <summary>The resident's notifications newest first (unread only when <paramref name="unreadOnly"/>).</summary>
    Task<IReadOnlyList<ResidentNotification>> ListAsync(string userId, bool unreadOnly, int offset, int limit, CancellationToken cancellationToken = default);

    /// <summary>Marks one of the resident's notifications read (keeping the first read time); null when it is not theirs.</summary>
    Task<ResidentNotification?> MarkReadAsync(string userId, long id, DateTimeOffset at, CancellationToken cancellationToken = default);
}
