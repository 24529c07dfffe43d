using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.Data.Sqlite;
using Polis.Citizens.EServices.Requests;

namespace Polis.Storage.Sqlite.Citizens.EServices;

/// <summary>Columns, row readers and parameter binding of the e-service tables (migration 0028).</summary>
internal static class EServiceRows
{
    public const string RequestColumns = "id, reference, service_code, resident_user_id, status, department, form_answers, slot_id, submitted_at, updated_at";

    public const string AttachmentColumns = "id, request_id, rule, file_name, content_type, size, sha256, uploaded_at, uploaded_by";

    public const string HistoryColumns = "id, request_id, at, actor, kind, old_status, new_status, text, public";

    /// <summary>Enums by name in stored JSON, so reordering an enum never changes what a stored document means.</summary>
    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) } };

    /// <summary>The human-readable reference: unique because the id is, readable on the phone.</summary>
    public static string Reference(long id, DateTimeOffset submittedAt) => string.Create(CultureInfo.InvariantCulture, $"ES-{submittedAt.UtcDateTime.Year}-{id:D6}");

    public static EServiceRequestStatus Status(string name) =>
        EServiceRequestStatuses.Parse(name) ?? throw new InvalidDataException($"Unknown stored e-service request status '{name}'.");

    public static EServiceRequest ReadRequest(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), r.GetString(2), r.GetString(3), Status(r.GetString(4)), r.GetString(5),
        JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<string>>>(r.GetString(6), Json)!, CitizensReportRows.Text(r, 7),
        CitizensReportRows.Instant(r.GetInt64(8)), CitizensReportRows.Instant(r.GetInt64(9)));

    public static EServiceAttachment ReadAttachment(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), r.GetString(2), r.GetString(3), r.GetString(4), r.GetInt64(5), r.GetString(6), CitizensReportRows.Instant(r.GetInt64(7)), r.GetString(8));

    public static EServiceHistoryEntry ReadHistory(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), CitizensReportRows.Instant(r.GetInt64(2)), r.GetString(3), Enum.Parse<EServiceHistoryKind>(r.GetString(4), ignoreCase: true),
        r.IsDBNull(5) ? null : Status(r.GetString(5)), Status(r.GetString(6)), CitizensReportRows.Text(r, 7), r.GetInt64(8) != 0);

    public static SqliteCommand Command(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        CitizensReportRows.Bind(command, parameters);
        return command;
    }
}
