using Microsoft.Data.Sqlite;
using Polis.Platform.Commands;
using Polis.Platform.Commands.Groups;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.GroupCommands;

/// <summary>Group commands and their per-device outcomes in the embedded SQLite database.</summary>
public sealed class SqliteGroupCommandStore(SqliteDatabase database) : IGroupCommandStore
{
    private const string Columns = "id, method, params_json, timeout_ms, oneway, persistent, expires_at, target_json, rate_per_second, status, total, created_by, created_at, finished_at";

    public async Task CreateAsync(GroupCommand group, IReadOnlyList<string> deviceIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(group);
        ArgumentNullException.ThrowIfNull(deviceIds);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using (var insert = connection.CreateCommand())
        {
            insert.CommandText = $"INSERT INTO group_commands ({Columns}) VALUES ($id, $method, $params, $timeout, $oneway, $persistent, $expires, $target, $rate, $status, $total, $by, $at, NULL)";
            insert.Parameters.AddWithValue("$id", group.Id.ToString());
            insert.Parameters.AddWithValue("$method", group.Command.Method);
            insert.Parameters.AddWithValue("$params", group.Command.ParamsJson);
            insert.Parameters.AddWithValue("$timeout", (long)group.Command.Timeout.TotalMilliseconds);
            insert.Parameters.AddWithValue("$oneway", group.Command.OneWay);
            insert.Parameters.AddWithValue("$persistent", group.Command.Persistent);
            insert.Parameters.AddWithValue("$expires", (object?)group.Command.ExpiresAt ?? DBNull.Value);
            insert.Parameters.AddWithValue("$target", group.TargetJson);
            insert.Parameters.AddWithValue("$rate", group.RatePerSecond);
            insert.Parameters.AddWithValue("$status", (int)group.Status);
            insert.Parameters.AddWithValue("$total", group.Total);
            insert.Parameters.AddWithValue("$by", (object?)group.CreatedBy ?? DBNull.Value);
            insert.Parameters.AddWithValue("$at", group.CreatedAt.ToUnixTimeMilliseconds());
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var device = connection.CreateCommand())
        {
            device.CommandText = "INSERT INTO group_command_devices (group_id, seq, device_id, status) VALUES ($group, $seq, $device, 0)";
            device.Parameters.AddWithValue("$group", group.Id.ToString());
            var seq = device.Parameters.Add("$seq", SqliteType.Integer);
            var id = device.Parameters.Add("$device", SqliteType.Text);
            for (var i = 0; i < deviceIds.Count; i++)
            {
                seq.Value = i;
                id.Value = deviceIds[i];
                await device.ExecuteNonQueryAsync(cancellationToken);
            }
        }

        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<GroupCommand?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var rows = await QueryAsync($"SELECT {Columns} FROM group_commands WHERE id = $id", c => c.Parameters.AddWithValue("$id", id.ToString()), cancellationToken);
        return rows.Count == 0 ? null : rows[0];
    }

    public async Task<Page<GroupCommand>> ListAsync(int offset, int limit, CancellationToken cancellationToken = default)
    {
        var items = await QueryAsync($"SELECT {Columns} FROM group_commands ORDER BY created_at DESC, id LIMIT $limit OFFSET $offset", c =>
        {
            c.Parameters.AddWithValue("$limit", limit);
            c.Parameters.AddWithValue("$offset", offset);
        }, cancellationToken);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM group_commands";
        return new Page<GroupCommand>(items, Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture), offset, limit);
    }

    public Task<IReadOnlyList<GroupCommand>> ListRunningAsync(CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM group_commands WHERE status = 0 ORDER BY created_at", _ => { }, cancellationToken);

    public async Task<IReadOnlyDictionary<GroupDeviceStatus, int>> CountAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT status, COUNT(*) FROM group_command_devices WHERE group_id = $group GROUP BY status";
        command.Parameters.AddWithValue("$group", id.ToString());
        var rows = await command.ReadAllAsync(r => ((GroupDeviceStatus)r.GetInt32(0), r.GetInt32(1)), cancellationToken);
        return rows.ToDictionary(r => r.Item1, r => r.Item2);
    }

    public async Task<IReadOnlyList<GroupDeviceOutcome>> ListOutcomesAsync(Guid id, GroupDeviceStatus? status, int offset, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT device_id, status, response_json, detail, at FROM group_command_devices
            WHERE group_id = $group AND ($status IS NULL OR status = $status) ORDER BY seq LIMIT $limit OFFSET $offset
            """;
        command.Parameters.AddWithValue("$group", id.ToString());
        command.Parameters.AddWithValue("$status", status is { } s ? (int)s : DBNull.Value);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        return await command.ReadAllAsync(r => new GroupDeviceOutcome(
            r.GetString(0), (GroupDeviceStatus)r.GetInt32(1), r.IsDBNull(2) ? null : r.GetString(2), r.IsDBNull(3) ? null : r.GetString(3),
            r.IsDBNull(4) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(4))), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListPendingAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT device_id FROM group_command_devices WHERE group_id = $group AND status = 0 ORDER BY seq";
        command.Parameters.AddWithValue("$group", id.ToString());
        return await command.ReadAllAsync(r => r.GetString(0), cancellationToken);
    }

    public async Task SetOutcomeAsync(Guid id, GroupDeviceOutcome outcome, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE group_command_devices SET status = $status, response_json = $response, detail = $detail, at = $at WHERE group_id = $group AND device_id = $device";
        command.Parameters.AddWithValue("$group", id.ToString());
        command.Parameters.AddWithValue("$device", outcome.DeviceId);
        command.Parameters.AddWithValue("$status", (int)outcome.Status);
        command.Parameters.AddWithValue("$response", (object?)outcome.ResponseJson ?? DBNull.Value);
        command.Parameters.AddWithValue("$detail", (object?)outcome.Detail ?? DBNull.Value);
        command.Parameters.AddWithValue("$at", outcome.At is { } at ? at.ToUnixTimeMilliseconds() : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<bool> FinishAsync(Guid id, GroupCommandStatus status, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var finish = connection.CreateCommand();
        finish.CommandText = "UPDATE group_commands SET status = $status, finished_at = $at WHERE id = $group AND status = 0";
        finish.Parameters.AddWithValue("$group", id.ToString());
        finish.Parameters.AddWithValue("$status", (int)status);
        finish.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
        var finished = await finish.ExecuteNonQueryAsync(cancellationToken) == 1;
        if (finished && status == GroupCommandStatus.Cancelled)
        {
            await using var rest = connection.CreateCommand();
            rest.CommandText = "UPDATE group_command_devices SET status = $cancelled, at = $at WHERE group_id = $group AND status = 0";
            rest.Parameters.AddWithValue("$group", id.ToString());
            rest.Parameters.AddWithValue("$cancelled", (int)GroupDeviceStatus.Cancelled);
            rest.Parameters.AddWithValue("$at", at.ToUnixTimeMilliseconds());
            await rest.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return finished;
    }

    private async Task<IReadOnlyList<GroupCommand>> QueryAsync(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        return await command.ReadAllAsync(Read, cancellationToken);
    }

    private static GroupCommand Read(SqliteDataReader r) => new(
        Guid.Parse(r.GetString(0)),
        new RpcCommand(r.GetString(1), r.GetString(2), TimeSpan.FromMilliseconds(r.GetInt64(3)), r.GetBoolean(4), r.GetBoolean(5), r.IsDBNull(6) ? null : r.GetInt64(6)),
        r.GetString(7),
        r.GetDouble(8),
        (GroupCommandStatus)r.GetInt32(9),
        r.GetInt32(10),
        r.IsDBNull(11) ? null : r.GetString(11),
        DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(12)),
        r.IsDBNull(13) ? null : DateTimeOffset.FromUnixTimeMilliseconds(r.GetInt64(13)));
}
