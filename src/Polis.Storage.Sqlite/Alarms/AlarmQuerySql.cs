using Microsoft.Data.Sqlite;
using Polis.Platform.Alarms;

namespace Polis.Storage.Sqlite.Alarms;

/// <summary>Builds the WHERE clause of an alarm query.</summary>
internal static class AlarmQuerySql
{
    public static string Where(SqliteCommand command, AlarmQuery query)
    {
        var clauses = new List<string>();
        void Add(string clause, string name, object value)
        {
            clauses.Add(clause);
            command.Parameters.AddWithValue(name, value);
        }

        if (query.Statuses is { Count: > 0 } statuses)
        {
            clauses.Add($"status IN ({string.Join(',', statuses.Select(s => (int)s))})");
        }

        if (query.Severities is { Count: > 0 } severities)
        {
            clauses.Add($"severity IN ({string.Join(',', severities.Select(s => (int)s))})");
        }

        if (query.DeviceId is not null)
        {
            Add("device_id = $device", "$device", query.DeviceId);
        }

        if (query.RuleId is not null)
        {
            Add("rule_id = $rule", "$rule", query.RuleId);
        }

        if (query.ProfileId is not null)
        {
            Add("profile_id = $profile", "$profile", query.ProfileId);
        }

        if (query.District is not null)
        {
            Add("district = $district", "$district", query.District);
        }

        if (query.Assignee is not null)
        {
            Add("assignee = $assignee", "$assignee", query.Assignee);
        }

        if (query.From is { } from)
        {
            Add("started_at >= $from", "$from", from.ToUnixTimeMilliseconds());
        }

        if (query.To is { } to)
        {
            Add("started_at < $to", "$to", to.ToUnixTimeMilliseconds());
        }

        return clauses.Count == 0 ? string.Empty : " WHERE " + string.Join(" AND ", clauses);
    }
}
