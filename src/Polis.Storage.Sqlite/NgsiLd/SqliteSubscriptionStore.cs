using Microsoft.Data.Sqlite;
using Polis.NgsiLd.Subscriptions;

namespace Polis.Storage.Sqlite.NgsiLd;

/// <summary>NGSI-LD subscriptions in the embedded SQLite database (table ngsi_subscriptions, migration 0009).</summary>
public sealed class SqliteSubscriptionStore(SqliteDatabase database, TimeProvider timeProvider) : ISubscriptionStore
{
    private const int UniqueViolation = 19; // SQLITE_CONSTRAINT

    public async Task<IReadOnlyList<StoredSubscription>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, definition_json, times_sent, times_failed, last_notification, last_success, last_failure, last_error
            FROM ngsi_subscriptions ORDER BY id
            """;
        return await command.ReadAllAsync(Read, cancellationToken);
    }

    public async Task<bool> TryCreateAsync(StoredSubscription subscription, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(subscription);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO ngsi_subscriptions (id, definition_json, created_at, updated_at) VALUES ($id, $json, $at, $at)";
        command.Parameters.AddWithValue("$id", subscription.Id);
        command.Parameters.AddWithValue("$json", subscription.DefinitionJson);
        command.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == UniqueViolation)
        {
            return false;
        }
    }

    public async Task<bool> UpdateDefinitionAsync(string id, string definitionJson, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE ngsi_subscriptions SET definition_json = $json, updated_at = $at WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$json", definitionJson);
        command.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task UpdateStatusAsync(string id, NotificationStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(status);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE ngsi_subscriptions SET times_sent = $sent, times_failed = $failed, last_notification = $notified,
                last_success = $success, last_failure = $failure, last_error = $error
            WHERE id = $id
            """;
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$sent", status.TimesSent);
        command.Parameters.AddWithValue("$failed", status.TimesFailed);
        command.Parameters.AddWithValue("$notified", Millis(status.LastNotification));
        command.Parameters.AddWithValue("$success", Millis(status.LastSuccess));
        command.Parameters.AddWithValue("$failure", Millis(status.LastFailure));
        command.Parameters.AddWithValue("$error", (object?)status.LastError ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM ngsi_subscriptions WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static StoredSubscription Read(SqliteDataReader r) => new(
        r.GetString(0),
        r.GetString(1),
        new NotificationStatus(r.GetInt64(2), r.GetInt64(3), Instant(r, 4), Instant(r, 5), Instant(r, 6), r.IsDBNull(7) ? null : r.GetString(7)));

    private static DateTimeOffset? Instant(SqliteDataReader r, int ordinal) =>
        r.IsDBNull(ordinal) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(ordinal));

    private static object Millis(DateTimeOffset? at) => at is { } value ? value.ToUnixTimeMilliseconds() : DBNull.Value;
}
