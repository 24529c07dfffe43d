using Polis.Citizens.Reports.OneCity;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>
/// Alarms and their work reports in the embedded database (citizens_report_alarms, migration 0027): the alarm id is
/// the key, so of two operators filing at once exactly one claim is inserted.
/// </summary>
public sealed class SqliteOneCityAlarmReportStore(SqliteDatabase database) : IAlarmReportStore
{
    public async Task<AlarmReportClaim?> ClaimAsync(Guid alarmId, string actor, DateTimeOffset at, DateTimeOffset staleBefore, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var claim = connection.CreateCommand();
        claim.CommandText = """
            DELETE FROM citizens_report_alarms WHERE alarm_id = $alarm AND report_id IS NULL AND claimed_at < $stale;
            INSERT OR IGNORE INTO citizens_report_alarms (alarm_id, report_id, claimed_at, claimed_by) VALUES ($alarm, NULL, $at, $actor);
            SELECT changes();
            """;
        CitizensReportRows.Bind(claim, ("$alarm", Key(alarmId)), ("$stale", CitizensReportRows.Ms(staleBefore)), ("$at", CitizensReportRows.Ms(at)), ("$actor", actor));
        var inserted = (long)(await claim.ExecuteScalarAsync(cancellationToken))! == 1;
        AlarmReportClaim? holder = null;
        if (!inserted)
        {
            await using var read = connection.CreateCommand();
            read.CommandText = "SELECT report_id, claimed_at, claimed_by FROM citizens_report_alarms WHERE alarm_id = $alarm";
            read.Parameters.AddWithValue("$alarm", Key(alarmId));
            holder = (await read.ReadAllAsync(r => new AlarmReportClaim(alarmId, r.IsDBNull(0) ? null : r.GetInt64(0), CitizensReportRows.Instant(r.GetInt64(1)), r.GetString(2)), cancellationToken))
                .Single();
        }

        await transaction.CommitAsync(cancellationToken);
        return holder;
    }

    public Task CompleteAsync(Guid alarmId, long reportId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE citizens_report_alarms SET report_id = $report WHERE alarm_id = $alarm", alarmId, reportId, cancellationToken);

    public Task ReleaseAsync(Guid alarmId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM citizens_report_alarms WHERE alarm_id = $alarm AND report_id IS NULL", alarmId, null, cancellationToken);

    public async Task<Guid?> AlarmOfReportAsync(long reportId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT alarm_id FROM citizens_report_alarms WHERE report_id = $report";
        command.Parameters.AddWithValue("$report", reportId);
        return await command.ExecuteScalarAsync(cancellationToken) is string id ? Guid.Parse(id) : null;
    }

    private static string Key(Guid alarmId) => alarmId.ToString("D");

    private async Task ExecuteAsync(string sql, Guid alarmId, long? reportId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        CitizensReportRows.Bind(command, ("$alarm", Key(alarmId)), ("$report", reportId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
