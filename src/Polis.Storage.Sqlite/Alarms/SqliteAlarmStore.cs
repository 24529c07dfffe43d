using System.Globalization;
using Microsoft.Data.Sqlite;
using Polis.Platform.Alarms;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Alarms;

/// <summary>Alarms in the embedded SQLite database; each change and its history event commit together.</summary>
public sealed class SqliteAlarmStore(SqliteDatabase database) : IAlarmStore
{
    private const int SqliteConstraintViolation = 19;
    private const string InsertEventSql = "INSERT INTO alarm_events (alarm_id, kind, at, actor, text) VALUES ($alarm, $kind, $at, $actor, $text)";

    public async Task<Alarm?> FindOpenAsync(string deviceId, string ruleId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AlarmRows.Columns} FROM alarms WHERE device_id = $device AND rule_id = $rule AND status <> 2";
        command.Parameters.AddWithValue("$device", deviceId);
        command.Parameters.AddWithValue("$rule", ruleId);
        return (await command.ReadAllAsync(AlarmRows.Read, cancellationToken)).FirstOrDefault();
    }

    public async Task<Alarm?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AlarmRows.Columns} FROM alarms WHERE id = $id";
        command.Parameters.AddWithValue("$id", id.ToString());
        return (await command.ReadAllAsync(AlarmRows.Read, cancellationToken)).FirstOrDefault();
    }

    public async Task<bool> InsertAsync(Alarm alarm, AlarmEvent raised, CancellationToken cancellationToken = default)
    {
        try
        {
            return await InTransactionAsync(
                $"INSERT INTO alarms ({AlarmRows.Columns}) VALUES ({AlarmRows.Parameters})", alarm, raised, cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == SqliteConstraintViolation)
        {
            return false;
        }
    }

    public Task<bool> UpdateAsync(Alarm updated, AlarmEvent change, CancellationToken cancellationToken = default) =>
        InTransactionAsync(
            """
            UPDATE alarms SET name = $name, severity = $severity, status = $status, details_json = $details, last_triggered_at = $last,
                trigger_count = $count, acknowledged_at = $acked, acknowledged_by = $ackedBy, cleared_at = $cleared, cleared_by = $clearedBy,
                assignee = $assignee, escalation_level = $level, escalated_at = $escalated, version = $version
            WHERE id = $id AND version = $version - 1
            """,
            updated, change, cancellationToken);

    public async Task AddEventAsync(AlarmEvent comment, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = InsertEventSql;
        AlarmRows.BindEvent(command, comment);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<AlarmEvent>> GetHistoryAsync(Guid alarmId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, alarm_id, kind, at, actor, text FROM alarm_events WHERE alarm_id = $alarm ORDER BY id";
        command.Parameters.AddWithValue("$alarm", alarmId.ToString());
        return await command.ReadAllAsync(AlarmRows.ReadEvent, cancellationToken);
    }

    public async Task<Page<Alarm>> QueryAsync(AlarmQuery query, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM alarms" + AlarmQuerySql.Where(count, query);
        var total = Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);

        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {AlarmRows.Columns} FROM alarms{AlarmQuerySql.Where(select, query)} ORDER BY started_at DESC, id LIMIT $limit OFFSET $offset";
        select.Parameters.AddWithValue("$limit", query.Limit);
        select.Parameters.AddWithValue("$offset", query.Offset);
        return new Page<Alarm>(await select.ReadAllAsync(AlarmRows.Read, cancellationToken), total, query.Offset, query.Limit);
    }

    public async Task<IReadOnlyList<Alarm>> FindUnacknowledgedAsync(DateTimeOffset startedBefore, int level, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {AlarmRows.Columns} FROM alarms WHERE status = 0 AND started_at < $before AND escalation_level < $level ORDER BY started_at";
        command.Parameters.AddWithValue("$before", startedBefore.ToUnixTimeMilliseconds());
        command.Parameters.AddWithValue("$level", level);
        return await command.ReadAllAsync(AlarmRows.Read, cancellationToken);
    }

    public async Task<IReadOnlyList<DistrictAlarmCount>> CountOpenByDistrictAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT district, severity, COUNT(*), SUM(status = 0) FROM alarms WHERE status <> 2 GROUP BY district, severity ORDER BY district, severity";
        return await command.ReadAllAsync(r => new DistrictAlarmCount(r.IsDBNull(0) ? null : r.GetString(0), (AlarmSeverity)r.GetInt32(1), r.GetInt32(2), r.GetInt32(3)), cancellationToken);
    }

    private async Task<bool> InTransactionAsync(string sql, Alarm alarm, AlarmEvent change, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var write = connection.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = sql;
        AlarmRows.Bind(write, alarm);
        if (await write.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            return false;
        }

        await using var history = connection.CreateCommand();
        history.Transaction = transaction;
        history.CommandText = InsertEventSql;
        AlarmRows.BindEvent(history, change);
        await history.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
