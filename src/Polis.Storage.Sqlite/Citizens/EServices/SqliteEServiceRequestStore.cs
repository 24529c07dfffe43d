using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Polis.Citizens.EServices.Requests;

namespace Polis.Storage.Sqlite.Citizens.EServices;

/// <summary>
/// E-service requests, attachments and history in the embedded database (migration 0028). Every write is one
/// IMMEDIATE transaction: SQLite's write lock is taken first, so a slot's bookings are counted and a request's status
/// is read by the only writer — concurrent bookings never exceed a slot's capacity and concurrent status changes are
/// judged one after the other. A request, its attachments and its history entry are stored together or not at all.
/// </summary>
public sealed class SqliteEServiceRequestStore(SqliteDatabase database) : IEServiceRequestStore
{
    private const string ActiveBookings = "SELECT COUNT(*) FROM citizens_eservice_requests WHERE service_code = $service AND slot_id = $slot AND status NOT IN ('rejected', 'withdrawn')";

    public async Task<EServiceRequest?> SubmitAsync(NewEServiceRequest request, IReadOnlyList<NewAttachment> attachments, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(attachments);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        if (request.SlotId is not null && await ScalarAsync(connection, transaction, ActiveBookings, cancellationToken, ("$service", request.ServiceCode), ("$slot", request.SlotId)) >= request.SlotCapacity)
        {
            return null;
        }

        // The write lock is held, so the next id is ours; knowing it first lets the reference go in with the row.
        var id = await ScalarAsync(connection, transaction, "SELECT COALESCE(MAX(id), 0) + 1 FROM citizens_eservice_requests", cancellationToken);
        var stored = new EServiceRequest(id, EServiceRows.Reference(id, request.SubmittedAt), request.ServiceCode, request.ResidentUserId, EServiceRequestStatus.Submitted,
            request.Department, request.Answers, request.SlotId, request.SubmittedAt, request.SubmittedAt);
        await using (var insert = EServiceRows.Command(connection, transaction,
            $"INSERT INTO citizens_eservice_requests ({EServiceRows.RequestColumns}) VALUES ($id, $reference, $service, $resident, $status, $department, $answers, $slot, $at, $at)",
            ("$id", id), ("$reference", stored.Reference), ("$service", stored.ServiceCode), ("$resident", stored.ResidentUserId),
            ("$status", EServiceRequestStatuses.Name(stored.Status)), ("$department", stored.Department), ("$answers", JsonSerializer.Serialize(stored.Answers, EServiceRows.Json)),
            ("$slot", stored.SlotId), ("$at", CitizensReportRows.Ms(stored.SubmittedAt))))
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        await AddAttachmentsAsync(connection, transaction, id, attachments, request.SubmittedAt, request.Actor, cancellationToken);
        await AppendHistoryAsync(connection, transaction, new EServiceHistoryEntry(0, id, request.SubmittedAt, request.Actor, EServiceHistoryKind.Submitted, null, stored.Status, null, true), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    public async Task<EServiceRequest?> GetAsync(long id, CancellationToken cancellationToken = default) =>
        (await QueryRowsAsync($"SELECT {EServiceRows.RequestColumns} FROM citizens_eservice_requests WHERE id = $id", EServiceRows.ReadRequest, cancellationToken, ("$id", id))).SingleOrDefault();

    public async Task<IReadOnlyList<EServiceRequest>> QueryAsync(EServiceRequestQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filters = new List<string>();
        var parameters = new List<(string, object?)> { ("$limit", query.Limit), ("$offset", query.Offset) };
        void Filter(string column, string name, object? value)
        {
            if (value is not null)
            {
                filters.Add($"{column} = {name}");
                parameters.Add((name, value));
            }
        }

        Filter("service_code", "$service", query.ServiceCode);
        Filter("status", "$status", query.Status is { } status ? EServiceRequestStatuses.Name(status) : null);
        Filter("department", "$department", query.Department);
        Filter("resident_user_id", "$resident", query.ResidentUserId);
        var where = filters.Count == 0 ? string.Empty : "WHERE " + string.Join(" AND ", filters);
        return await QueryRowsAsync($"SELECT {EServiceRows.RequestColumns} FROM citizens_eservice_requests {where} ORDER BY submitted_at DESC, id DESC LIMIT $limit OFFSET $offset",
            EServiceRows.ReadRequest, cancellationToken, [.. parameters]);
    }

    public async Task<EServiceChangeOutcome> ChangeAsync(EServiceChange change, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(change);
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = connection.BeginTransaction(deferred: false);
        await using var read = EServiceRows.Command(connection, transaction, "SELECT status, resident_user_id FROM citizens_eservice_requests WHERE id = $id", ("$id", change.RequestId));
        var current = (await read.ReadAllAsync(r => (Status: EServiceRows.Status(r.GetString(0)), Owner: r.GetString(1)), cancellationToken)).SingleOrDefault();
        if (current.Owner is null || (change.OwnerUserId is not null && change.OwnerUserId != current.Owner))
        {
            return EServiceChangeOutcome.NotFound;
        }

        var decision = change.Decide(current.Status);
        if (decision.Refusal is { } refusal)
        {
            return new EServiceChangeOutcome(null, refusal, current.Status);
        }

        var next = decision.To ?? current.Status;
        await using (var update = EServiceRows.Command(connection, transaction, "UPDATE citizens_eservice_requests SET status = $status, updated_at = $at WHERE id = $id",
            ("$status", EServiceRequestStatuses.Name(next)), ("$at", CitizensReportRows.Ms(change.At)), ("$id", change.RequestId)))
        {
            await update.ExecuteNonQueryAsync(cancellationToken);
        }

        await AddAttachmentsAsync(connection, transaction, change.RequestId, change.Attachments, change.At, change.Actor, cancellationToken);
        var entry = await AppendHistoryAsync(connection, transaction,
            new EServiceHistoryEntry(0, change.RequestId, change.At, change.Actor, change.Kind, current.Status, next, change.Text, change.Public), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EServiceChangeOutcome(entry, null, current.Status);
    }

    public async Task<IReadOnlyList<EServiceHistoryEntry>> ListHistoryAsync(long requestId, CancellationToken cancellationToken = default) =>
        await QueryRowsAsync($"SELECT {EServiceRows.HistoryColumns} FROM citizens_eservice_history WHERE request_id = $id ORDER BY id", EServiceRows.ReadHistory, cancellationToken, ("$id", requestId));

    public async Task<IReadOnlyList<EServiceAttachment>> ListAttachmentsAsync(long requestId, CancellationToken cancellationToken = default) =>
        await QueryRowsAsync($"SELECT {EServiceRows.AttachmentColumns} FROM citizens_eservice_attachments WHERE request_id = $id ORDER BY id", EServiceRows.ReadAttachment, cancellationToken, ("$id", requestId));

    public async Task<(EServiceAttachment Attachment, byte[] Content)?> GetAttachmentAsync(long requestId, long attachmentId, CancellationToken cancellationToken = default)
    {
        var rows = await QueryRowsAsync($"SELECT {EServiceRows.AttachmentColumns}, content FROM citizens_eservice_attachments WHERE request_id = $request AND id = $id",
            r => (EServiceRows.ReadAttachment(r), (byte[])r.GetValue(9)), cancellationToken, ("$request", requestId), ("$id", attachmentId));
        return rows.Count == 1 ? rows[0] : null;
    }

    public async Task<IReadOnlyDictionary<string, int>> CountBookingsAsync(string serviceCode, CancellationToken cancellationToken = default) =>
        (await QueryRowsAsync("SELECT slot_id, COUNT(*) FROM citizens_eservice_requests WHERE service_code = $service AND slot_id IS NOT NULL AND status NOT IN ('rejected', 'withdrawn') GROUP BY slot_id",
            r => (Slot: r.GetString(0), Count: r.GetInt32(1)), cancellationToken, ("$service", serviceCode))).ToDictionary(b => b.Slot, b => b.Count, StringComparer.Ordinal);

    private static async Task AddAttachmentsAsync(
        SqliteConnection connection, SqliteTransaction transaction, long requestId, IReadOnlyList<NewAttachment> attachments, DateTimeOffset at, string actor, CancellationToken cancellationToken)
    {
        foreach (var attachment in attachments)
        {
            await using var insert = EServiceRows.Command(connection, transaction,
                "INSERT INTO citizens_eservice_attachments (request_id, rule, file_name, content_type, size, sha256, content, uploaded_at, uploaded_by) " +
                "VALUES ($request, $rule, $name, $type, $size, $sha, $content, $at, $by)",
                ("$request", requestId), ("$rule", attachment.Rule), ("$name", attachment.FileName), ("$type", attachment.ContentType), ("$size", attachment.Content.LongLength),
                ("$sha", Convert.ToHexStringLower(SHA256.HashData(attachment.Content))), ("$content", attachment.Content), ("$at", CitizensReportRows.Ms(at)), ("$by", actor));
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static async Task<EServiceHistoryEntry> AppendHistoryAsync(SqliteConnection connection, SqliteTransaction transaction, EServiceHistoryEntry entry, CancellationToken cancellationToken)
    {
        await using var insert = EServiceRows.Command(connection, transaction,
            "INSERT INTO citizens_eservice_history (request_id, at, actor, kind, old_status, new_status, text, public) VALUES ($request, $at, $actor, $kind, $old, $new, $text, $public) RETURNING id",
            ("$request", entry.RequestId), ("$at", CitizensReportRows.Ms(entry.At)), ("$actor", entry.Actor), ("$kind", entry.Kind.ToString().ToLowerInvariant()),
            ("$old", entry.OldStatus is { } old ? EServiceRequestStatuses.Name(old) : null), ("$new", EServiceRequestStatuses.Name(entry.NewStatus)), ("$text", entry.Text),
            ("$public", entry.Public ? 1 : 0));
        return entry with { Id = (long)(await insert.ExecuteScalarAsync(cancellationToken))! };
    }

    private static async Task<long> ScalarAsync(SqliteConnection connection, SqliteTransaction transaction, string sql, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var command = EServiceRows.Command(connection, transaction, sql, parameters);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private async Task<List<T>> QueryRowsAsync<T>(string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string, object?)[] parameters)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = EServiceRows.Command(connection, null, sql, parameters);
        return await command.ReadAllAsync(read, cancellationToken);
    }
}
