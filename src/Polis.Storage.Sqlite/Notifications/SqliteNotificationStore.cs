using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Polis.Platform.Devices;
using Polis.Platform.Notifications;

namespace Polis.Storage.Sqlite.Notifications;

/// <summary>Notification targets and the delivery outbox in the embedded SQLite database.</summary>
public sealed class SqliteNotificationStore(SqliteDatabase database) : INotificationStore
{
    private const string DeliveryColumns = "id, target_id, alarm_id, change, payload_json, status, attempts, created_at, next_attempt_at, delivered_at, last_status_code, last_error";

    public async Task<IReadOnlyList<NotificationTarget>> ListTargetsAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, name, url, enabled, filters_json FROM notification_targets ORDER BY name";
        return await command.ReadAllAsync(ReadTarget, cancellationToken);
    }

    public async Task<NotificationTarget?> GetTargetAsync(Guid id, CancellationToken cancellationToken = default) =>
        (await ListTargetsAsync(cancellationToken)).FirstOrDefault(t => t.Id == id);

    public async Task UpsertTargetAsync(NotificationTarget target, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO notification_targets (id, name, url, enabled, filters_json) VALUES ($id, $name, $url, $enabled, $filters)
            ON CONFLICT(id) DO UPDATE SET name = excluded.name, url = excluded.url, enabled = excluded.enabled, filters_json = excluded.filters_json
            """;
        command.Parameters.AddWithValue("$id", target.Id.ToString());
        command.Parameters.AddWithValue("$name", target.Name);
        command.Parameters.AddWithValue("$url", target.Url.ToString());
        command.Parameters.AddWithValue("$enabled", target.Enabled ? 1 : 0);
        command.Parameters.AddWithValue("$filters", JsonSerializer.Serialize(new TargetFilters([.. target.Severities], [.. target.ProfileIds], [.. target.Districts], [.. target.Changes])));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> DeleteTargetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM notification_targets WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString());
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task EnqueueAsync(IReadOnlyList<Delivery> deliveries, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        foreach (var delivery in deliveries)
        {
            await using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = $"INSERT INTO notification_deliveries ({DeliveryColumns}) VALUES ($id, $target, $alarm, $change, $payload, $status, $attempts, $created, $next, $delivered, $code, $error)";
            BindDelivery(insert, delivery);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Delivery>> FindDueAsync(DateTimeOffset now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DeliveryColumns} FROM notification_deliveries WHERE status = 0 AND next_attempt_at <= $now ORDER BY next_attempt_at LIMIT $limit";
        command.Parameters.AddWithValue("$now", now.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$limit", limit);
        return await command.ReadAllAsync(ReadDelivery, cancellationToken);
    }

    public async Task RecordAttemptAsync(Delivery updated, DeliveryAttempt attempt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE notification_deliveries SET status = $status, attempts = $attempts, next_attempt_at = $next, delivered_at = $delivered,
                last_status_code = $code, last_error = $error WHERE id = $id
            """;
        BindDelivery(update, updated);
        await update.ExecuteNonQueryAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT INTO notification_attempts (delivery_id, number, at, status_code, error, duration_ms) VALUES ($id, $number, $at, $code, $error, $duration)";
        insert.Parameters.AddWithValue("$id", attempt.DeliveryId.ToString());
        insert.Parameters.AddWithValue("$number", attempt.Number);
        insert.Parameters.AddWithValue("$at", attempt.At.ToUnixTimeMilliseconds());
        insert.Parameters.AddWithValue("$code", (object?)attempt.StatusCode ?? DBNull.Value);
        insert.Parameters.AddWithValue("$error", (object?)attempt.Error ?? DBNull.Value);
        insert.Parameters.AddWithValue("$duration", attempt.DurationMs);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<Page<Delivery>> QueryDeliveriesAsync(Guid? targetId, Guid? alarmId, DeliveryStatus? status, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        const string where = " WHERE ($target IS NULL OR target_id = $target) AND ($alarm IS NULL OR alarm_id = $alarm) AND ($status IS NULL OR status = $status)";
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM notification_deliveries" + where;
        BindFilters(count, targetId, alarmId, status);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {DeliveryColumns} FROM notification_deliveries{where} ORDER BY created_at DESC, id LIMIT $limit OFFSET $offset";
        BindFilters(select, targetId, alarmId, status);
        select.Parameters.AddWithValue("$limit", limit);
        select.Parameters.AddWithValue("$offset", offset);
        return new Page<Delivery>(await select.ReadAllAsync(ReadDelivery, cancellationToken), total, offset, limit);
    }

    public async Task<IReadOnlyList<DeliveryAttempt>> GetAttemptsAsync(Guid deliveryId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT delivery_id, number, at, status_code, error, duration_ms FROM notification_attempts WHERE delivery_id = $id ORDER BY number";
        command.Parameters.AddWithValue("$id", deliveryId.ToString());
        return await command.ReadAllAsync(
            r => new DeliveryAttempt(Guid.Parse(r.GetString(0)), r.GetInt32(1), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(2)), r.IsDBNull(3) ? null : r.GetInt32(3), r.IsDBNull(4) ? null : r.GetString(4), r.GetDouble(5)),
            cancellationToken);
    }

    private static NotificationTarget ReadTarget(SqliteDataReader r)
    {
        var filters = JsonSerializer.Deserialize<TargetFilters>(r.GetString(4))!;
        return new NotificationTarget(Guid.Parse(r.GetString(0)), r.GetString(1), new Uri(r.GetString(2)), r.GetInt64(3) != 0, filters.Severities, filters.ProfileIds, filters.Districts, filters.Changes);
    }

    private static Delivery ReadDelivery(SqliteDataReader r) => new(
        Guid.Parse(r.GetString(0)), Guid.Parse(r.GetString(1)), Guid.Parse(r.GetString(2)), r.GetString(3), r.GetString(4), (DeliveryStatus)r.GetInt32(5), r.GetInt32(6),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(7)), DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(8)),
        r.IsDBNull(9) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(9)), r.IsDBNull(10) ? null : r.GetInt32(10), r.IsDBNull(11) ? null : r.GetString(11));

    private static void BindDelivery(SqliteCommand c, Delivery d)
    {
        c.Parameters.AddWithValue("$id", d.Id.ToString());
        c.Parameters.AddWithValue("$target", d.TargetId.ToString());
        c.Parameters.AddWithValue("$alarm", d.AlarmId.ToString());
        c.Parameters.AddWithValue("$change", d.Change);
        c.Parameters.AddWithValue("$payload", d.PayloadJson);
        c.Parameters.AddWithValue("$status", (int)d.Status);
        c.Parameters.AddWithValue("$attempts", d.Attempts);
        c.Parameters.AddWithValue("$created", d.CreatedAt.ToUnixTimeMilliseconds());
        c.Parameters.AddWithValue("$next", d.NextAttemptAt.ToUnixTimeMilliseconds());
        c.Parameters.AddWithValue("$delivered", (object?)d.DeliveredAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        c.Parameters.AddWithValue("$code", (object?)d.LastStatusCode ?? DBNull.Value);
        c.Parameters.AddWithValue("$error", (object?)d.LastError ?? DBNull.Value);
    }

    private static void BindFilters(SqliteCommand c, Guid? targetId, Guid? alarmId, DeliveryStatus? status)
    {
        c.Parameters.AddWithValue("$target", (object?)targetId?.ToString() ?? DBNull.Value);
        c.Parameters.AddWithValue("$alarm", (object?)alarmId?.ToString() ?? DBNull.Value);
        c.Parameters.AddWithValue("$status", status is { } s ? (int)s : DBNull.Value);
    }
}
