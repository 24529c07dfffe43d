using System.Globalization;
using Polis.Storage.Sqlite;

namespace Polis.Open311Bench;

/// <summary>
/// Writes reports straight into citizens_reports of a migrated polis.db, one transaction, a prepared insert: spread
/// evenly over the year before <c>now</c> (so the default 90-day window holds about a quarter of them), over
/// <see cref="ServiceCodes"/>, a third still open. Deterministic (seeded random) so runs compare.
/// </summary>
internal static class ReportSeeder
{
    public static readonly string[] ServiceCodes = ["pothole", "streetlight", "graffiti", "litter", "bench", "sign", "tree", "drain"];

    private static readonly string[] Statuses = ["submitted", "confirmed", "in_progress", "fixed", "closed", "fixed", "closed", "duplicate", "not_responsible"];

    public static void Seed(SqliteDatabase database, int count, DateTimeOffset now)
    {
        var random = new Random(311);
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using (var services = connection.CreateCommand())
        {
            services.CommandText = "INSERT INTO citizens_services (code, document, active, created_at, updated_at, updated_by) VALUES ($code, $doc, 1, 0, 0, 'bench')";
            var code = services.Parameters.Add("$code", Microsoft.Data.Sqlite.SqliteType.Text);
            var document = services.Parameters.Add("$doc", Microsoft.Data.Sqlite.SqliteType.Text);
            foreach (var service in ServiceCodes)
            {
                code.Value = service;
                document.Value = $$"""{"code":"{{service}}","name":"{{service}}","type":"realtime","metadata":false,"attributes":[],"active":true}""";
                services.ExecuteNonQuery();
            }
        }

        using var insert = connection.CreateCommand();
        insert.CommandText =
            """
            INSERT INTO citizens_reports (service_code, status, is_open, description, latitude, longitude, attributes, email, department, requested_at, updated_at)
            VALUES ($code, $status, $open, $description, $lat, $long, '{}', 'resident@example.org', 'city', $at, $at)
            """;
        var p = (string[])["$code", "$status", "$open", "$description", "$lat", "$long", "$at"];
        var parameters = p.Select(name => insert.Parameters.Add(new Microsoft.Data.Sqlite.SqliteParameter { ParameterName = name })).ToArray();
        insert.Prepare();
        var yearMs = TimeSpan.FromDays(365).TotalMilliseconds;
        for (var i = 0; i < count; i++)
        {
            var status = Statuses[random.Next(Statuses.Length)];
            parameters[0].Value = ServiceCodes[random.Next(ServiceCodes.Length)];
            parameters[1].Value = status;
            parameters[2].Value = status is "submitted" or "confirmed" or "in_progress" ? 1 : 0;
            parameters[3].Value = "Reported problem number " + i.ToString(CultureInfo.InvariantCulture);
            parameters[4].Value = 55.67 + random.NextDouble() * 0.01;
            parameters[5].Value = 12.55 + random.NextDouble() * 0.02;
            parameters[6].Value = now.ToUnixTimeMilliseconds() - (long)(random.NextDouble() * yearMs);
            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }
}
