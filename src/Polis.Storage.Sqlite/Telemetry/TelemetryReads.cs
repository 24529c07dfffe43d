using Microsoft.Data.Sqlite;
using Polis.Contracts.Telemetry;
using Polis.Platform.Telemetry;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// Queries on their own pooled connections. In WAL mode readers see the last commit and neither block
/// nor wait for the writer.
/// </summary>
internal sealed class TelemetryReads(SqliteDatabase database)
{
    private const string LatestColumns = "s.device_id, s.key, l.ts, l.kind, l.num, l.text";

    public async Task<long?> GetLastActivityAsync(string deviceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT last_activity_ms FROM device_activity WHERE device_id = $device";
        command.Parameters.AddWithValue("$device", deviceId);
        return await command.ExecuteScalarAsync(cancellationToken) is long at ? at : null;
    }

    public async Task<IReadOnlyList<TelemetryPoint>> GetLatestAsync(string deviceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT {LatestColumns} FROM telemetry_series s JOIN telemetry_latest l ON l.series_id = s.id
            WHERE s.device_id = $device ORDER BY s.key
            """;
        command.Parameters.AddWithValue("$device", deviceId);
        var points = new List<TelemetryPoint>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            points.Add(new TelemetryPoint(reader.GetString(1), reader.GetInt64(2), ReadValue(reader, 3)));
        }

        return points;
    }

    public async Task<IReadOnlyList<DeviceLatest>> GetLatestAsync(IReadOnlyCollection<string> deviceIds, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken)
    {
        if (deviceIds.Count == 0 || keys is { Count: 0 })
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // With keys, joining both lists drives straight into the UNIQUE (device_id, key) index.
        command.CommandText = keys is null
            ? $"""
                SELECT {LatestColumns} FROM json_each($devices) d
                JOIN telemetry_series s ON s.device_id = d.value
                JOIN telemetry_latest l ON l.series_id = s.id
                ORDER BY s.device_id, s.key
                """
            : $"""
                SELECT {LatestColumns} FROM json_each($devices) d CROSS JOIN json_each($keys) k
                JOIN telemetry_series s ON s.device_id = d.value AND s.key = k.value
                JOIN telemetry_latest l ON l.series_id = s.id
                ORDER BY s.device_id, s.key
                """;
        command.Parameters.AddWithValue("$devices", JsonIdList.From(deviceIds));
        if (keys is not null)
        {
            command.Parameters.AddWithValue("$keys", JsonIdList.From(keys));
        }

        var latest = new List<DeviceLatest>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            latest.Add(new DeviceLatest(reader.GetString(0), new TelemetryPoint(reader.GetString(1), reader.GetInt64(2), ReadValue(reader, 3))));
        }

        return latest;
    }

    public async Task<IReadOnlyList<TelemetryPoint>> GetRawAsync(string deviceId, string key, long from, long to, int limit, bool newestFirst, CancellationToken cancellationToken)
    {
        if (limit <= 0 || from >= to)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT r.ts, r.kind, r.num, r.text FROM telemetry_raw r
            WHERE r.series_id = (SELECT id FROM telemetry_series WHERE device_id = $device AND key = $key)
              AND r.ts >= $from AND r.ts < $to
            ORDER BY r.ts {(newestFirst ? "DESC" : "ASC")} LIMIT $limit
            """;
        command.Parameters.AddWithValue("$device", deviceId);
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$from", from);
        command.Parameters.AddWithValue("$to", to);
        command.Parameters.AddWithValue("$limit", limit);
        var points = new List<TelemetryPoint>(Math.Min(limit, 1024));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            points.Add(new TelemetryPoint(key, reader.GetInt64(0), ReadValue(reader, 1)));
        }

        return points;
    }

    /// <summary>Reads kind, num, text starting at <paramref name="first"/>.</summary>
    private static TelemetryValue ReadValue(SqliteDataReader reader, int first)
    {
        var kind = (TelemetryValueKind)reader.GetInt64(first);
        var number = reader.IsDBNull(first + 1) ? (kind is TelemetryValueKind.Number ? double.NaN : 0) : reader.GetDouble(first + 1);
        var text = reader.IsDBNull(first + 2) ? null : reader.GetString(first + 2);
        return new TelemetryValue(kind, number, text);
    }
}
