using Microsoft.Data.Sqlite;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>
/// Reports and their history in the embedded database (citizens_reports, citizens_report_history). A report and its
/// first history entry, and a change and its entry, are each written in one transaction.
/// </summary>
public sealed class SqliteReportStore(SqliteDatabase database) : IReportStore
{
    public async Task<Report> CreateAsync(Report report, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText =
            $"""
            INSERT INTO citizens_reports ({CitizensReportRows.ReportColumns}, is_open)
            VALUES (NULL, $service, $status, $description, $lat, $long, $address, $addressId, $attributes, $email, $first, $last, $phone, $device, $account,
                    $media, $department, $token, $key, $notes, $requested, $updated,
                    $reporter, $resolved, $reopenings, $duplicateOf, $ackDue, $due, $escalation, $open)
            RETURNING id
            """;
        CitizensReportRows.BindReport(insert, report);
        var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;

        // The creation is history too (who posted it, when), but internal: Open311's updates are what happened since.
        await AppendHistoryAsync(connection, new ReportHistoryEntry(0, id, report.RequestedAt, actor, null, report.Status, null, false), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return report with { Id = id };
    }

    public Task<Report?> GetAsync(long id, CancellationToken cancellationToken = default) => GetOneAsync("id = $value", id, cancellationToken);

    public Task<Report?> GetByTokenAsync(string token, CancellationToken cancellationToken = default) => GetOneAsync("token = $value", token, cancellationToken);

    public async Task<IReadOnlyList<Report>> QueryAsync(ReportQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {CitizensReportRows.ReportColumns} FROM citizens_reports WHERE {ReportQuerySql.Where(command, query)} " +
            "ORDER BY requested_at DESC, id DESC LIMIT $limit OFFSET $offset";
        CitizensReportRows.Bind(command, ("$limit", query.Limit), ("$offset", query.Offset));
        return await command.ReadAllAsync(CitizensReportRows.ReadReport, cancellationToken);
    }

    public async Task<ReportHistoryEntry?> ChangeAsync(ReportChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await StatusOfAsync(connection, change.ReportId, cancellationToken) is not { } current)
        {
            return null;
        }

        var next = change.NewStatus ?? current;
        await using var update = connection.CreateCommand();

        // A public note that comes with a status change explains it: Open311 shows it as the request's status_notes.
        update.CommandText = "UPDATE citizens_reports SET status = $status, is_open = $open, updated_at = $at, " +
            "status_notes = CASE WHEN $explains = 1 THEN $note ELSE status_notes END WHERE id = $id";
        CitizensReportRows.Bind(update, ("$status", ReportStatuses.Name(next)), ("$open", ReportStatuses.IsOpen(next) ? 1 : 0), ("$at", CitizensReportRows.Ms(change.At)),
            ("$explains", next != current && change.Public && change.Note is not null ? 1 : 0), ("$note", change.Note), ("$id", change.ReportId));
        await update.ExecuteNonQueryAsync(cancellationToken);
        var entry = await AppendHistoryAsync(
            connection, new ReportHistoryEntry(0, change.ReportId, change.At, change.Actor, current, next, change.Note, change.Public, change.MediaUrl, change.ExternalId), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry;
    }

    public async Task<ReportTransitionResult> TransitionAsync(ReportTransition transition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transition);
        var state = transition.NewState;

        // BEGIN IMMEDIATE (Microsoft.Data.Sqlite's default): the original's check and the compare-and-set see one state.
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        long? duplicateOf = state.DuplicateOf is { } original && long.TryParse(original, System.Globalization.CultureInfo.InvariantCulture, out var originalId) ? originalId : null;
        if (state.Status == ReportStatus.Duplicate && transition.ExpectedStatus != ReportStatus.Duplicate)
        {
            var originalStatus = duplicateOf is { } id ? await StatusOfAsync(connection, id, cancellationToken) : null;
            if (originalStatus is null or ReportStatus.Duplicate)
            {
                return new ReportTransitionResult(originalStatus is null ? ReportTransitionOutcome.OriginalNotFound : ReportTransitionOutcome.OriginalIsDuplicate);
            }
        }

        await using var update = connection.CreateCommand();
        update.CommandText =
            """
            UPDATE citizens_reports SET status = $status, is_open = $open, updated_at = $at, resolved_at = $resolved, reopenings = $reopenings,
                duplicate_of = $duplicateOf, status_notes = CASE WHEN $explains = 1 THEN $note ELSE status_notes END
            WHERE id = $id AND status = $expected
            RETURNING reporter_user_id
            """;
        CitizensReportRows.Bind(update, ("$status", ReportStatuses.Name(state.Status)), ("$open", ReportStatuses.IsOpen(state.Status) ? 1 : 0),
            ("$at", CitizensReportRows.Ms(transition.At)), ("$resolved", CitizensReportRows.OptionalMs(state.ResolvedAt)), ("$reopenings", state.Reopenings),
            ("$duplicateOf", duplicateOf), ("$explains", state.Status != transition.ExpectedStatus && transition.Public && transition.Note is not null ? 1 : 0),
            ("$note", transition.Note), ("$id", transition.ReportId), ("$expected", ReportStatuses.Name(transition.ExpectedStatus)));
        var reporter = await update.ExecuteScalarAsync(cancellationToken);
        if (reporter is null)
        {
            // No row updated: the report is gone, or another change moved it since it was read.
            var now = await StatusOfAsync(connection, transition.ReportId, cancellationToken);
            return new ReportTransitionResult(now is null ? ReportTransitionOutcome.NotFound : ReportTransitionOutcome.StatusChanged);
        }

        var entry = await AppendHistoryAsync(connection, new ReportHistoryEntry(
            0, transition.ReportId, transition.At, transition.Actor, transition.ExpectedStatus, state.Status, transition.Note, transition.Public, transition.MediaUrl, transition.ExternalId), cancellationToken);
        if (reporter is string userId && transition.Public && transition.Notice is { } notice)
        {
            await ResidentNotificationRows.InsertAsync(connection, userId, transition.ReportId, notice, transition.At, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return new ReportTransitionResult(ReportTransitionOutcome.Stored, entry);
    }

    public async Task<IReadOnlyList<ReportHistoryEntry>> ListHistoryAsync(long reportId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {CitizensReportRows.HistoryColumns} FROM citizens_report_history WHERE report_id = $id ORDER BY id";
        command.Parameters.AddWithValue("$id", reportId);
        return await command.ReadAllAsync(CitizensReportRows.ReadHistory, cancellationToken);
    }

    public async Task<IReadOnlyList<ReportHistoryEntry>> ListPublicUpdatesAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {CitizensReportRows.HistoryColumns} FROM citizens_report_history WHERE public = 1 AND at BETWEEN $from AND $to ORDER BY at, id LIMIT $limit";
        CitizensReportRows.Bind(command, ("$from", CitizensReportRows.Ms(from)), ("$to", CitizensReportRows.Ms(to)), ("$limit", limit));
        return await command.ReadAllAsync(CitizensReportRows.ReadHistory, cancellationToken);
    }

    private async Task<Report?> GetOneAsync(string condition, object value, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {CitizensReportRows.ReportColumns} FROM citizens_reports WHERE {condition}";
        command.Parameters.AddWithValue("$value", value);
        return (await command.ReadAllAsync(CitizensReportRows.ReadReport, cancellationToken)).SingleOrDefault();
    }

    private static async Task<ReportStatus?> StatusOfAsync(SqliteConnection connection, long id, CancellationToken cancellationToken)
    {
        await using var read = connection.CreateCommand();
        read.CommandText = "SELECT status FROM citizens_reports WHERE id = $id";
        read.Parameters.AddWithValue("$id", id);
        return await read.ExecuteScalarAsync(cancellationToken) is string status ? CitizensReportRows.Status(status) : null;
    }

    private static async Task<ReportHistoryEntry> AppendHistoryAsync(SqliteConnection connection, ReportHistoryEntry entry, CancellationToken cancellationToken)
    {
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO citizens_report_history ({CitizensReportRows.HistoryColumns}) VALUES (NULL, $report, $at, $actor, $old, $new, $note, $public, $media, $external) RETURNING id";
        CitizensReportRows.Bind(insert, ("$report", entry.ReportId), ("$at", CitizensReportRows.Ms(entry.At)), ("$actor", entry.Actor),
            ("$old", entry.OldStatus is { } old ? ReportStatuses.Name(old) : null), ("$new", ReportStatuses.Name(entry.NewStatus)), ("$note", entry.Note),
            ("$public", entry.Public ? 1 : 0), ("$media", entry.MediaUrl), ("$external", entry.ExternalId));
        return entry with { Id = (long)(await insert.ExecuteScalarAsync(cancellationToken))! };
    }
}
