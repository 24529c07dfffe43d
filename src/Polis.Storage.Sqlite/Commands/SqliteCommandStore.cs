using System.Globalization;
using Microsoft.Data.Sqlite;
using Polis.Platform.Commands;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Commands;

/// <summary>Persistent commands and their history in the embedded SQLite database.</summary>
public sealed class SqliteCommandStore(SqliteDatabase database) : ICommandStore
{
    private const string Columns = "id, device_id, request_id, method, params_json, oneway, status, created_at, expires_at, timeout_ms, timeout_at, response_json, error";
    private const int ActiveUpTo = (int)CommandStatus.Delivered;

    public async Task InsertAsync(PersistentCommand command, CommandTransition transition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO commands ({Columns}) VALUES ($id, $device, $request, $method, $params, $oneway, $status, $created, $expires, $timeoutMs, $timeoutAt, $response, $error)";
        Bind(insert, command);
        await insert.ExecuteNonQueryAsync(cancellationToken);
        await AppendAsync(connection, transaction, command.Id, transition, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<PersistentCommand?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM commands WHERE id = $id";
        select.Parameters.AddWithValue("$id", id.ToString());
        return (await select.ReadAllAsync(Read, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<CommandTransition>> GetHistoryAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT status, at, detail FROM command_transitions WHERE command_id = $id ORDER BY seq";
        select.Parameters.AddWithValue("$id", id.ToString());
        return await select.ReadAllAsync(r => new CommandTransition((CommandStatus)r.GetInt32(0), r.GetInt64(1), r.IsDBNull(2) ? null : r.GetString(2)), cancellationToken);
    }

    public async Task<Page<PersistentCommand>> QueryAsync(string deviceId, CommandStatus? status, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        const string where = " WHERE device_id = $device AND ($status IS NULL OR status = $status)";
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM commands" + where;
        BindFilter(count, deviceId, status);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM commands{where} ORDER BY request_id DESC LIMIT $limit OFFSET $offset";
        BindFilter(select, deviceId, status);
        select.Parameters.AddWithValue("$limit", limit);
        select.Parameters.AddWithValue("$offset", offset);
        return new Page<PersistentCommand>(await select.ReadAllAsync(Read, cancellationToken), total, offset, limit);
    }

    public async Task<IReadOnlyList<PersistentCommand>> FindQueuedAsync(string deviceId, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM commands WHERE device_id = $device AND status = 0 ORDER BY request_id LIMIT $limit";
        select.Parameters.AddWithValue("$device", deviceId);
        select.Parameters.AddWithValue("$limit", limit);
        return await select.ReadAllAsync(Read, cancellationToken);
    }

    public async Task<PersistentCommand?> FindByRequestIdAsync(string deviceId, int requestId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM commands WHERE device_id = $device AND request_id = $request";
        select.Parameters.AddWithValue("$device", deviceId);
        select.Parameters.AddWithValue("$request", requestId);
        return (await select.ReadAllAsync(Read, cancellationToken)).FirstOrDefault();
    }

    public async Task<IReadOnlyList<PersistentCommand>> FindDueAsync(long now, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        // Two indexed halves (the partial indexes) rather than one OR the planner would scan.
        select.CommandText = $"""
            SELECT {Columns} FROM commands WHERE status <= {ActiveUpTo} AND expires_at <= $now
            UNION
            SELECT {Columns} FROM commands WHERE status <= {ActiveUpTo} AND timeout_at <= $now
            LIMIT $limit
            """;
        select.Parameters.AddWithValue("$now", now);
        select.Parameters.AddWithValue("$limit", limit);
        return await select.ReadAllAsync(Read, cancellationToken);
    }

    public async Task<bool> TransitionAsync(PersistentCommand updated, CommandStatus expected, CommandTransition transition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(updated);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = """
            UPDATE commands SET status = $status, timeout_at = $timeoutAt, response_json = $response, error = $error
            WHERE id = $id AND status = $expected
            """;
        Bind(update, updated);
        update.Parameters.AddWithValue("$expected", (int)expected);
        if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            return false; // moved by someone else first; nothing written
        }

        await AppendAsync(connection, transaction, updated.Id, transition, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<int> MaxRequestIdAsync(string deviceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT COALESCE(MAX(request_id), 0) FROM commands WHERE device_id = $device";
        select.Parameters.AddWithValue("$device", deviceId);
        return Convert.ToInt32(await select.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static async Task AppendAsync(SqliteConnection connection, SqliteTransaction transaction, Guid id, CommandTransition transition, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO command_transitions (command_id, seq, status, at, detail)
            SELECT $id, COALESCE(MAX(seq), 0) + 1, $status, $at, $detail FROM command_transitions WHERE command_id = $id
            """;
        insert.Parameters.AddWithValue("$id", id.ToString());
        insert.Parameters.AddWithValue("$status", (int)transition.Status);
        insert.Parameters.AddWithValue("$at", transition.At);
        insert.Parameters.AddWithValue("$detail", (object?)transition.Detail ?? DBNull.Value);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    private static PersistentCommand Read(SqliteDataReader r) => new(
        Guid.Parse(r.GetString(0)), r.GetString(1), r.GetInt32(2), r.GetString(3), r.GetString(4), r.GetInt64(5) != 0, (CommandStatus)r.GetInt32(6),
        r.GetInt64(7), r.GetInt64(8), r.GetInt64(9), r.IsDBNull(10) ? null : r.GetInt64(10), r.IsDBNull(11) ? null : r.GetString(11), r.IsDBNull(12) ? null : r.GetString(12));

    private static void Bind(SqliteCommand c, PersistentCommand d)
    {
        c.Parameters.AddWithValue("$id", d.Id.ToString());
        c.Parameters.AddWithValue("$device", d.DeviceId);
        c.Parameters.AddWithValue("$request", d.RequestId);
        c.Parameters.AddWithValue("$method", d.Method);
        c.Parameters.AddWithValue("$params", d.ParamsJson);
        c.Parameters.AddWithValue("$oneway", d.OneWay ? 1 : 0);
        c.Parameters.AddWithValue("$status", (int)d.Status);
        c.Parameters.AddWithValue("$created", d.CreatedAt);
        c.Parameters.AddWithValue("$expires", d.ExpiresAt);
        c.Parameters.AddWithValue("$timeoutMs", d.TimeoutMs);
        c.Parameters.AddWithValue("$timeoutAt", (object?)d.TimeoutAt ?? DBNull.Value);
        c.Parameters.AddWithValue("$response", (object?)d.ResponseJson ?? DBNull.Value);
        c.Parameters.AddWithValue("$error", (object?)d.Error ?? DBNull.Value);
    }

    private static void BindFilter(SqliteCommand c, string deviceId, CommandStatus? status)
    {
        c.Parameters.AddWithValue("$device", deviceId);
        c.Parameters.AddWithValue("$status", status is { } s ? (int)s : DBNull.Value);
    }
}
