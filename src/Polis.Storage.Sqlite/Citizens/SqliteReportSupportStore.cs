using Polis.Citizens.Reports.Support;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>
/// "Me too" in the embedded database (citizens_report_supporters, migration 0027): the primary key (report,
/// supporter) with INSERT OR IGNORE counts concurrent presses of one resident once. Reporters of duplicates come from
/// citizens_reports.duplicate_of (its index, migration 0024).
/// </summary>
public sealed class SqliteReportSupportStore(SqliteDatabase database) : IReportSupportStore
{
    public async Task<bool> AddAsync(long reportId, string resident, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR IGNORE INTO citizens_report_supporters (report_id, supporter, supported_at) VALUES ($report, $supporter, $at)";
        CitizensReportRows.Bind(command, ("$report", reportId), ("$supporter", resident), ("$at", CitizensReportRows.Ms(at)));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<IReadOnlyList<ReportSupporter>> ListAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reportIds);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // The ids travel as one JSON array parameter, so a page of 1000 reports is one statement, not 1000 parameters.
        // A duplicate's reporter is picked by ReportReporter, the one rule of who filed a report.
        command.CommandText = """
            SELECT report_id, supporter, NULL, NULL, supported_at, NULL FROM citizens_report_supporters
            WHERE report_id IN (SELECT value FROM json_each($ids))
            UNION ALL
            SELECT duplicate_of, reporter_user_id, account_id, email, requested_at, id FROM citizens_reports
            WHERE duplicate_of IN (SELECT value FROM json_each($ids))
            ORDER BY 5, 1
            """;
        command.Parameters.AddWithValue("$ids", System.Text.Json.JsonSerializer.Serialize(reportIds));
        var rows = await command.ReadAllAsync(
            r => (Resident: ReportReporter.Of(CitizensReportRows.Text(r, 1), CitizensReportRows.Text(r, 2), CitizensReportRows.Text(r, 3)),
                Row: (ReportId: r.GetInt64(0), At: CitizensReportRows.Instant(r.GetInt64(4)), Duplicate: r.IsDBNull(5) ? (long?)null : r.GetInt64(5))),
            cancellationToken);
        return [.. rows.Where(r => r.Resident is not null).Select(r => new ReportSupporter(r.Row.ReportId, r.Resident!, r.Row.At, r.Row.Duplicate))];
    }
}
