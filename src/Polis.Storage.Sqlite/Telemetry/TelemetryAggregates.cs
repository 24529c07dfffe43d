using Polis.Platform.Telemetry;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>Aggregates a key across devices from raw points or a stored tier, entirely inside SQLite.</summary>
internal sealed class TelemetryAggregates(SqliteDatabase database)
{
    public async Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var tierLength = RollupTables.BucketLength(request.Source);
        if (request.IntervalMs <= 0 || request.IntervalMs % tierLength != 0)
        {
            throw new ArgumentException($"IntervalMs must be a positive multiple of the {request.Source} bucket length ({tierLength} ms).", nameof(request));
        }

        if (request.DeviceIds.Count == 0 || request.From >= request.To)
        {
            return [];
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = BuildSql(request.Source);
        command.Parameters.AddWithValue("$devices", JsonIdList.From(request.DeviceIds));
        command.Parameters.AddWithValue("$key", request.Key);
        command.Parameters.AddWithValue("$from", request.From);
        command.Parameters.AddWithValue("$to", request.To);
        command.Parameters.AddWithValue("$interval", request.IntervalMs);

        var buckets = new List<AggregateBucket>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            buckets.Add(new AggregateBucket(
                reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3),
                reader.GetDouble(4), reader.GetDouble(5), reader.GetInt64(6)));
        }

        return buckets;
    }

    /// <summary>
    /// Raw points are read as one-point rollups so both sources share the grouping. "last" uses SQLite's
    /// documented bare-column rule: with exactly one max() in a query, bare columns come from the row
    /// holding that max, so it needs its own GROUP BY beside count/sum/min/max. Stored buckets are
    /// selected by bucket_start in [From, To).
    /// </summary>
    private static string BuildSql(RollupTier source)
    {
        var rows = source == RollupTier.Raw
            ? """
                SELECT r.ts AS t, 1 AS cnt, r.num AS sum_v, r.num AS min_v, r.num AS max_v, r.num AS last_v, r.ts AS last_ts
                FROM json_each($devices) d
                JOIN telemetry_series s ON s.device_id = d.value AND s.key = $key
                JOIN telemetry_raw r ON r.series_id = s.id
                WHERE r.ts >= $from AND r.ts < $to AND r.kind IN (0, 1) AND r.num IS NOT NULL
                """
            : $"""
                SELECT b.bucket_start AS t, b.cnt, b.sum_v, b.min_v, b.max_v, b.last_v, b.last_ts
                FROM json_each($devices) d
                JOIN telemetry_series s ON s.device_id = d.value AND s.key = $key
                JOIN {RollupTables.TableName(source)} b ON b.series_id = s.id
                WHERE b.bucket_start >= $from AND b.bucket_start < $to
                """;

        // Floor (not truncating) division keeps buckets epoch-aligned for times before 1970 too.
        return $"""
            WITH src AS MATERIALIZED (
                SELECT t - ((t % $interval) + $interval) % $interval AS bucket, cnt, sum_v, min_v, max_v, last_v, last_ts
                FROM ({rows})),
            agg AS (SELECT bucket, sum(cnt) AS cnt, sum(sum_v) AS sum_v, min(min_v) AS min_v, max(max_v) AS max_v FROM src GROUP BY bucket),
            lst AS (SELECT bucket, max(last_ts) AS last_ts, last_v FROM src GROUP BY bucket)
            SELECT agg.bucket, agg.cnt, agg.sum_v, agg.min_v, agg.max_v, lst.last_v, lst.last_ts
            FROM agg JOIN lst ON lst.bucket = agg.bucket
            ORDER BY agg.bucket
            """;
    }
}
