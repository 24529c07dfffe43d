using System.Text;
using Microsoft.Data.Sqlite;
using Polis.Platform.Devices;

namespace Polis.Storage.Sqlite.Registry;

/// <summary>
/// Builds the WHERE clause of a device query. "Online" is derived in SQL from the last activity the
/// telemetry store records and the profile's inactivity timeout, so no timer has to flip a flag.
/// </summary>
internal static class DeviceQuerySql
{
    public const string From =
        "FROM devices d JOIN device_profiles p ON p.id = d.profile_id LEFT JOIN device_activity a ON a.device_id = d.id";

    public static string Where(SqliteCommand command, DeviceQuery query, long now)
    {
        var clauses = new List<string>();
        if (query.ProfileId is not null)
        {
            clauses.Add("d.profile_id = $profile");
            command.Parameters.AddWithValue("$profile", query.ProfileId);
        }

        if (query.District is not null)
        {
            clauses.Add("d.district = $district");
            command.Parameters.AddWithValue("$district", query.District);
        }

        if (query.Label is not null)
        {
            clauses.Add("EXISTS (SELECT 1 FROM device_labels l WHERE l.label = $label AND l.device_id = d.id)");
            command.Parameters.AddWithValue("$label", query.Label);
        }

        if (query.NameContains is not null)
        {
            clauses.Add("d.name LIKE $name ESCAPE '\\'");
            command.Parameters.AddWithValue("$name", "%" + query.NameContains.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%");
        }

        if (query.Within is { } box)
        {
            clauses.Add("d.lon BETWEEN $west AND $east AND d.lat BETWEEN $south AND $north");
            command.Parameters.AddWithValue("$west", box.West);
            command.Parameters.AddWithValue("$east", box.East);
            command.Parameters.AddWithValue("$south", box.South);
            command.Parameters.AddWithValue("$north", box.North);
        }

        if (query.Online is { } online)
        {
            const string isOnline = "(a.last_activity_ms IS NOT NULL AND $now - a.last_activity_ms <= p.effective_timeout_s * 1000)";
            clauses.Add(online ? isOnline : $"NOT {isOnline}");
            command.Parameters.AddWithValue("$now", now);
        }

        if (clauses.Count == 0)
        {
            return string.Empty;
        }

        var sql = new StringBuilder(" WHERE ");
        sql.AppendJoin(" AND ", clauses);
        return sql.ToString();
    }
}
