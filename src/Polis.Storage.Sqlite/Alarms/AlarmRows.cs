using Microsoft.Data.Sqlite;
using Polis.Platform.Alarms;

namespace Polis.Storage.Sqlite.Alarms;

/// <summary>Maps alarm rows; instants are stored as Unix milliseconds so they sort and compare in SQL.</summary>
internal static class AlarmRows
{
    public const string Columns = "id, device_id, rule_id, name, severity, status, profile_id, district, details_json, started_at, last_triggered_at, " +
        "trigger_count, acknowledged_at, acknowledged_by, cleared_at, cleared_by, assignee, escalation_level, escalated_at, version";

    public const string Parameters = "$id, $device, $rule, $name, $severity, $status, $profile, $district, $details, $started, $last, " +
        "$count, $acked, $ackedBy, $cleared, $clearedBy, $assignee, $level, $escalated, $version";

    public static Alarm Read(SqliteDataReader r) => new(
        Guid.Parse(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3), (AlarmSeverity)r.GetInt32(4), (AlarmStatus)r.GetInt32(5),
        Text(r, 6), Text(r, 7), r.GetString(8), Instant(r.GetInt64(9)), Instant(r.GetInt64(10)), r.GetInt32(11),
        OptionalInstant(r, 12), Text(r, 13), OptionalInstant(r, 14), Text(r, 15), Text(r, 16), r.GetInt32(17), OptionalInstant(r, 18), r.GetInt32(19));

    public static void Bind(SqliteCommand c, Alarm a)
    {
        c.Parameters.AddWithValue("$id", a.Id.ToString());
        c.Parameters.AddWithValue("$device", a.DeviceId);
        c.Parameters.AddWithValue("$rule", a.RuleId);
        c.Parameters.AddWithValue("$name", a.Name);
        c.Parameters.AddWithValue("$severity", (int)a.Severity);
        c.Parameters.AddWithValue("$status", (int)a.Status);
        c.Parameters.AddWithValue("$profile", (object?)a.ProfileId ?? DBNull.Value);
        c.Parameters.AddWithValue("$district", (object?)a.District ?? DBNull.Value);
        c.Parameters.AddWithValue("$details", a.DetailsJson);
        c.Parameters.AddWithValue("$started", a.StartedAt.ToUnixTimeMilliseconds());
        c.Parameters.AddWithValue("$last", a.LastTriggeredAt.ToUnixTimeMilliseconds());
        c.Parameters.AddWithValue("$count", a.TriggerCount);
        c.Parameters.AddWithValue("$acked", (object?)a.AcknowledgedAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        c.Parameters.AddWithValue("$ackedBy", (object?)a.AcknowledgedBy ?? DBNull.Value);
        c.Parameters.AddWithValue("$cleared", (object?)a.ClearedAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        c.Parameters.AddWithValue("$clearedBy", (object?)a.ClearedBy ?? DBNull.Value);
        c.Parameters.AddWithValue("$assignee", (object?)a.Assignee ?? DBNull.Value);
        c.Parameters.AddWithValue("$level", a.EscalationLevel);
        c.Parameters.AddWithValue("$escalated", (object?)a.EscalatedAt?.ToUnixTimeMilliseconds() ?? DBNull.Value);
        c.Parameters.AddWithValue("$version", a.Version);
    }

    public static AlarmEvent ReadEvent(SqliteDataReader r) =>
        new(r.GetInt64(0), Guid.Parse(r.GetString(1)), r.GetString(2), Instant(r.GetInt64(3)), Text(r, 4), Text(r, 5));

    public static void BindEvent(SqliteCommand c, AlarmEvent e)
    {
        c.Parameters.AddWithValue("$alarm", e.AlarmId.ToString());
        c.Parameters.AddWithValue("$kind", e.Kind);
        c.Parameters.AddWithValue("$at", e.At.ToUnixTimeMilliseconds());
        c.Parameters.AddWithValue("$actor", (object?)e.Actor ?? DBNull.Value);
        c.Parameters.AddWithValue("$text", (object?)e.Text ?? DBNull.Value);
    }

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static DateTimeOffset Instant(long ms) => DateTimeOffset.FromUnixTimeMilliseconds(ms);

    private static DateTimeOffset? OptionalInstant(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : Instant(r.GetInt64(i));
}
