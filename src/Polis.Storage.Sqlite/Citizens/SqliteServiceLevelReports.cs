using Polis.Citizens.Reports.ServiceLevels;
using Polis.Citizens.Reports.Store;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>
/// The service-level columns of citizens_reports (due dates, escalation level) and citizens_report_escalations
/// (migration 0026). Open reports by due date come from the (is_open, due_at) and (department, is_open, due_at) indexes.
/// </summary>
public sealed class SqliteServiceLevelReports(SqliteDatabase database) : IServiceLevelReports
{
    public Task<IReadOnlyList<Report>> ListOpenAsync(string? department, CancellationToken cancellationToken = default) =>
        ListAsync(department is null ? "is_open = 1" : "department = $department AND is_open = 1", "due_at IS NULL, due_at, id", cancellationToken, ("$department", department));

    public Task<IReadOnlyList<Report>> ListOverdueAsync(DateTimeOffset now, CancellationToken cancellationToken = default) =>
        ListAsync("is_open = 1 AND due_at < $now", "due_at, id", cancellationToken, ("$now", CitizensReportRows.Ms(now)));

    public Task<IReadOnlyList<Report>> ListUnscheduledAsync(CancellationToken cancellationToken = default) =>
        ListAsync("is_open = 1 AND due_at IS NULL", "id", cancellationToken);

    public async Task<bool> ScheduleAsync(long reportId, DateTimeOffset acknowledgeDueAt, DateTimeOffset dueAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE citizens_reports SET acknowledge_due_at = $ack, due_at = $due WHERE id = $id AND due_at IS NULL";
        CitizensReportRows.Bind(command, ("$ack", CitizensReportRows.Ms(acknowledgeDueAt)), ("$due", CitizensReportRows.Ms(dueAt)), ("$id", reportId));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<bool> EscalateAsync(long reportId, int level, string recipient, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var raise = connection.CreateCommand();

        // Compare and set: of two sweeps (two nodes, or a restart mid-sweep) only one takes a step.
        raise.CommandText = "UPDATE citizens_reports SET escalation_level = $level WHERE id = $id AND is_open = 1 AND escalation_level < $level";
        CitizensReportRows.Bind(raise, ("$level", level), ("$id", reportId));
        if (await raise.ExecuteNonQueryAsync(cancellationToken) == 0)
        {
            return false;
        }

        await using var record = connection.CreateCommand();
        record.CommandText =
            """
            INSERT INTO citizens_report_escalations (report_id, level, recipient, escalated_at, settled) VALUES ($id, $level, $recipient, $at, 0)
            ON CONFLICT (report_id) DO UPDATE SET level = excluded.level, recipient = excluded.recipient, escalated_at = excluded.escalated_at, settled = 0
            """;
        CitizensReportRows.Bind(record, ("$id", reportId), ("$level", level), ("$recipient", recipient), ("$at", CitizensReportRows.Ms(at)));
        await record.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<long>> ListUnsettledDoneAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText =
            "SELECT e.report_id FROM citizens_report_escalations e JOIN citizens_reports r ON r.id = e.report_id WHERE e.settled = 0 AND r.is_open = 0 ORDER BY e.report_id";
        return await command.ReadAllAsync(r => r.GetInt64(0), cancellationToken);
    }

    public async Task SettleAsync(long reportId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE citizens_report_escalations SET settled = 1 WHERE report_id = $id";
        command.Parameters.AddWithValue("$id", reportId);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<Report>> ListAsync(string condition, string order, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {CitizensReportRows.ReportColumns} FROM citizens_reports WHERE {condition} ORDER BY {order}";
        CitizensReportRows.Bind(command, parameters);
        return await command.ReadAllAsync(CitizensReportRows.ReadReport, cancellationToken);
    }
}
