using Microsoft.Data.Sqlite;
using Polis.Contracts.Telemetry;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>The prepared statements of the write hot path (raw insert, rollup, latest and activity upserts).</summary>
internal sealed class PointCommands : IDisposable
{
    private readonly PreparedStatement _insertRaw;
    private readonly PreparedStatement[] _upsertRollup;
    private readonly PreparedStatement _upsertLatest;
    private readonly PreparedStatement _upsertActivity;

    public PointCommands(SqliteConnection connection)
    {
        _insertRaw = new PreparedStatement(connection, "INSERT OR IGNORE INTO telemetry_raw (series_id, ts, kind, num, text) VALUES (?1, ?2, ?3, ?4, ?5)");

        // All right-hand sides see the old row, so last/last_ts are compared before either changes.
        // ts is unique per series, so last_ts never ties.
        _upsertRollup = [.. RollupTables.StoredTiers.Select(tier => new PreparedStatement(connection, $"""
            INSERT INTO {RollupTables.TableName(tier)} (series_id, bucket_start, cnt, sum_v, min_v, max_v, last_v, last_ts)
            VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
            ON CONFLICT (series_id, bucket_start) DO UPDATE SET
                cnt = cnt + excluded.cnt,
                sum_v = sum_v + excluded.sum_v,
                min_v = min(min_v, excluded.min_v),
                max_v = max(max_v, excluded.max_v),
                last_v = CASE WHEN excluded.last_ts > last_ts THEN excluded.last_v ELSE last_v END,
                last_ts = max(last_ts, excluded.last_ts)
            """))];

        _upsertLatest = new PreparedStatement(connection, """
            INSERT INTO telemetry_latest (series_id, ts, kind, num, text) VALUES (?1, ?2, ?3, ?4, ?5)
            ON CONFLICT (series_id) DO UPDATE SET ts = excluded.ts, kind = excluded.kind, num = excluded.num, text = excluded.text
            WHERE excluded.ts > telemetry_latest.ts
            """);

        _upsertActivity = new PreparedStatement(connection, """
            INSERT INTO device_activity (device_id, last_activity_ms) VALUES (?1, ?2)
            ON CONFLICT (device_id) DO UPDATE SET last_activity_ms = max(last_activity_ms, excluded.last_activity_ms)
            """);
    }

    /// <summary>Inserts a raw point; false when (series, ts) was already stored.</summary>
    public bool InsertRaw(long seriesId, long timestamp, TelemetryValue value)
    {
        _insertRaw.Bind(1, seriesId).Bind(2, timestamp);
        BindValue(_insertRaw, 3, value);
        return _insertRaw.Execute() == 1;
    }

    public void UpsertRollup(int tierIndex, long seriesId, in RollupAccumulator rollup) =>
        _upsertRollup[tierIndex]
            .Bind(1, seriesId).Bind(2, rollup.BucketStart).Bind(3, rollup.Count).Bind(4, rollup.Sum)
            .Bind(5, rollup.Min).Bind(6, rollup.Max).Bind(7, rollup.Last).Bind(8, rollup.LastTs)
            .Execute();

    public void UpsertLatest(long seriesId, long timestamp, TelemetryValue value)
    {
        _upsertLatest.Bind(1, seriesId).Bind(2, timestamp);
        BindValue(_upsertLatest, 3, value);
        _upsertLatest.Execute();
    }

    public void UpsertActivity(string deviceId, long at) => _upsertActivity.Bind(1, deviceId).Bind(2, at).Execute();

    public void Dispose()
    {
        _insertRaw.Dispose();
        foreach (var statement in _upsertRollup)
        {
            statement.Dispose();
        }

        _upsertLatest.Dispose();
        _upsertActivity.Dispose();
    }

    /// <summary>Binds kind, num and text starting at <paramref name="first"/>; the unused column is NULL.</summary>
    private static void BindValue(PreparedStatement statement, int first, TelemetryValue value)
    {
        statement.Bind(first, (long)value.Kind);
        if (value.IsNumeric)
        {
            statement.Bind(first + 1, value.Number).BindNull(first + 2);
        }
        else
        {
            statement.BindNull(first + 1).Bind(first + 2, value.Text);
        }
    }
}
