using Microsoft.Data.Sqlite;
using Polis.Citizens.Reports.Store;

namespace Polis.Storage.Sqlite.Citizens;

/// <summary>
/// The WHERE clause of a report search, with its parameters bound. Lists become one parameter per item
/// (<c>IN ($p0, $p1)</c>) so a single service code is an equality SQLite serves from (service_code, requested_at).
/// </summary>
internal static class ReportQuerySql
{
    public static string Where(SqliteCommand command, ReportQuery query)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(query);
        var conditions = new List<string>();
        if (query.Ids is { } ids)
        {
            // The spec: service_request_id overrides every other filter.
            conditions.Add(In(command, "id", "$id", ids.Cast<object>().ToList()));
            return string.Join(" AND ", conditions);
        }

        if (query.ServiceCodes is { Count: > 0 } codes)
        {
            conditions.Add(In(command, "service_code", "$code", codes.Cast<object>().ToList()));
        }

        if (query.Statuses is { Count: > 0 } statuses)
        {
            conditions.Add(In(command, "status", "$status", statuses.Cast<object>().ToList()));
        }

        if (query.Open is { } open)
        {
            conditions.Add("is_open = $open");
            command.Parameters.AddWithValue("$open", open ? 1 : 0);
        }

        if (query.From is { } from)
        {
            conditions.Add("requested_at >= $from");
            command.Parameters.AddWithValue("$from", CitizensReportRows.Ms(from));
        }

        if (query.To is { } to)
        {
            conditions.Add("requested_at <= $to");
            command.Parameters.AddWithValue("$to", CitizensReportRows.Ms(to));
        }

        if (query.Department is { } department)
        {
            conditions.Add("department = $department");
            command.Parameters.AddWithValue("$department", department);
        }

        if (query.ReporterUserId is { } reporter)
        {
            conditions.Add("reporter_user_id = $reporter");
            command.Parameters.AddWithValue("$reporter", reporter);
        }

        return conditions.Count == 0 ? "1 = 1" : string.Join(" AND ", conditions);
    }

    private static string In(SqliteCommand command, string column, string prefix, List<object> values)
    {
        if (values.Count == 0)
        {
            return "0 = 1";
        }

        var names = values.Select((value, i) =>
        {
            var name = $"{prefix}{i}";
            command.Parameters.AddWithValue(name, value);
            return name;
        }).ToList();
        return $"{column} IN ({string.Join(", ", names)})";
    }
}
