using Polis.Citizens.Notifications;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>Residents' inboxes in the embedded database (citizens_notifications, migration 0025); every query names the resident.</summary>
public sealed class SqliteResidentNotificationStore(SqliteDatabase database) : IResidentNotificationStore
{
    public async Task<IReadOnlyList<ResidentNotification>> ListAsync(string userId, bool unreadOnly, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var unread = unreadOnly ? " AND read_at IS NULL" : string.Empty;
        command.CommandText = $"SELECT {ResidentNotificationRows.Columns} FROM citizens_notifications WHERE user_id = $user{unread} ORDER BY id DESC LIMIT $limit OFFSET $offset";
        CitizensReportRows.Bind(command, ("$user", userId), ("$limit", limit), ("$offset", offset));
        return await command.ReadAllAsync(ResidentNotificationRows.Read, cancellationToken);
    }

    public async Task<ResidentNotification?> MarkReadAsync(string userId, long id, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // Reading twice keeps the first read time; another resident's id matches no row, as an unknown one does.
        command.CommandText = $"UPDATE citizens_notifications SET read_at = COALESCE(read_at, $at) WHERE id = $id AND user_id = $user RETURNING {ResidentNotificationRows.Columns}";
        CitizensReportRows.Bind(command, ("$at", CitizensReportRows.Ms(at)), ("$id", id), ("$user", userId));
        return (await command.ReadAllAsync(ResidentNotificationRows.Read, cancellationToken)).SingleOrDefault();
    }
}
