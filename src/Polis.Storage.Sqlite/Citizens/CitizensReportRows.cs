using System.Text.Json;
using Microsoft.Data.Sqlite;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>Columns, row readers and parameter binding of the report tables (migrations 0021 and 0024).</summary>
internal static class CitizensReportRows
{
    public const string ReportColumns =
        "id, service_code, status, description, latitude, longitude, address, address_id, attributes, email, first_name, last_name, phone, device_id, account_id, " +
        "media_url, department, token, api_key_id, status_notes, requested_at, updated_at, " +
        "reporter_user_id, resolved_at, reopenings, duplicate_of, acknowledge_due_at, due_at, escalation_level";

    public const string HistoryColumns = "id, report_id, at, actor, old_status, new_status, note, public, media_url, external_id";

    public static JsonSerializerOptions Json { get; } = new(JsonSerializerDefaults.Web);

    public static long Ms(DateTimeOffset instant) => instant.ToUnixTimeMilliseconds();

    public static DateTimeOffset Instant(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    public static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    public static ReportStatus Status(string name) => ReportStatuses.Parse(name) ?? throw new InvalidDataException($"Unknown stored report status '{name}'.");

    public static Report ReadReport(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetString(1), Status(r.GetString(2)), Text(r, 3), r.IsDBNull(4) ? null : r.GetDouble(4), r.IsDBNull(5) ? null : r.GetDouble(5),
        Text(r, 6), Text(r, 7), JsonSerializer.Deserialize<Dictionary<string, IReadOnlyList<string>>>(r.GetString(8), Json)!,
        new ReportContact(Text(r, 9), Text(r, 10), Text(r, 11), Text(r, 12), Text(r, 13), Text(r, 14)),
        Text(r, 15), Text(r, 16), Text(r, 17), Text(r, 18), Text(r, 19), Instant(r.GetInt64(20)), Instant(r.GetInt64(21)))
    {
        ReporterUserId = Text(r, 22),
        ResolvedAt = OptionalInstant(r, 23),
        Reopenings = r.GetInt32(24),
        DuplicateOf = r.IsDBNull(25) ? null : r.GetInt64(25),
        AcknowledgeDueAt = OptionalInstant(r, 26),
        DueAt = OptionalInstant(r, 27),
        EscalationLevel = r.GetInt32(28),
    };

    public static DateTimeOffset? OptionalInstant(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : Instant(r.GetInt64(i));

    public static long? OptionalMs(DateTimeOffset? instant) => instant is { } value ? Ms(value) : null;

    public static ReportHistoryEntry ReadHistory(SqliteDataReader r) => new(
        r.GetInt64(0), r.GetInt64(1), Instant(r.GetInt64(2)), r.GetString(3), r.IsDBNull(4) ? null : Status(r.GetString(4)), Status(r.GetString(5)),
        Text(r, 6), r.GetInt64(7) != 0, Text(r, 8), Text(r, 9));

    public static void BindReport(SqliteCommand command, Report report)
    {
        Bind(command,
            ("$service", report.ServiceCode), ("$status", ReportStatuses.Name(report.Status)), ("$open", ReportStatuses.IsOpen(report.Status) ? 1 : 0),
            ("$description", report.Description), ("$lat", report.Latitude), ("$long", report.Longitude), ("$address", report.Address), ("$addressId", report.AddressId),
            ("$attributes", JsonSerializer.Serialize(report.Attributes, Json)), ("$email", report.Contact.Email), ("$first", report.Contact.FirstName),
            ("$last", report.Contact.LastName), ("$phone", report.Contact.Phone), ("$device", report.Contact.DeviceId), ("$account", report.Contact.AccountId),
            ("$media", report.MediaUrl), ("$department", report.Department), ("$token", report.Token), ("$key", report.ApiKeyId), ("$notes", report.StatusNotes),
            ("$requested", Ms(report.RequestedAt)), ("$updated", Ms(report.UpdatedAt)),
            ("$reporter", report.ReporterUserId), ("$resolved", OptionalMs(report.ResolvedAt)), ("$reopenings", report.Reopenings),
            ("$duplicateOf", report.DuplicateOf), ("$ackDue", OptionalMs(report.AcknowledgeDueAt)), ("$due", OptionalMs(report.DueAt)),
            ("$escalation", report.EscalationLevel));
    }

    public static void Bind(SqliteCommand command, params (string Name, object? Value)[] parameters)
    {
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }
    }
}
