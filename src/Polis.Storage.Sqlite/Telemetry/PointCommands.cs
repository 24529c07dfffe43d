using Microsoft.Data.Sqlite;
using Polis.Contracts.Telemetry;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// The prepared statements of the write hot path. Parameters are created once and only their values
/// change per row, so a batch re-binds instead of re-parsing SQL.
/// </summary>
internal sealed class PointCommands
{
    private readonly SqliteCommand _insertRaw;
    private readonly SqliteParameter[] _raw;
    private readonly SqliteCommand[] _upsertRollup;
    private readonly SqliteParameter[][] _rollup;
    private readonly SqliteCommand _upsertLatest;
    private readonly SqliteParameter[] _latest;
    private readonly SqliteCommand _upsertActivity;
    private readonly SqliteParameter[] _activity;

    public PointCommands(SqliteConnection connection)
    {
        (_insertRaw, _raw) = Prepare(
            connection,
            "INSERT OR IGNORE INTO telemetry_raw (series_id, ts, kind, num, text) VALUES ($1, $2, $3, $4, $5)",
            SqliteType.Integer, SqliteType.Integer, SqliteType.Integer, SqliteType.Real, SqliteType.Text);

        // All right-hand sides see the old row, so last/last_ts are compared before either changes.
        // ts is unique per series, so last_ts never ties.
        _upsertRollup = new SqliteCommand[RollupTables.StoredTiers.Length];
        _rollup = new SqliteParameter[RollupTables.StoredTiers.Length][];
        for (var t = 0; t < RollupTables.StoredTiers.Length; t++)
        {
            (_upsertRollup[t], _rollup[t]) = Prepare(
                connection,
                $"""
                INSERT INTO {RollupTables.TableName(RollupTables.StoredTiers[t])}
                    (series_id, bucket_start, cnt, sum_v, min_v, max_v, last_v, last_ts)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
                ON CONFLICT (series_id, bucket_start) DO UPDATE SET
                    cnt = cnt + excluded.cnt,
                    sum_v = sum_v + excluded.sum_v,
                    min_v = min(min_v, excluded.min_v),
                    max_v = max(max_v, excluded.max_v),
                    last_v = CASE WHEN excluded.last_ts > last_ts THEN excluded.last_v ELSE last_v END,
                    last_ts = max(last_ts, excluded.last_ts)
                """,
                SqliteType.Integer, SqliteType.Integer, SqliteType.Integer, SqliteType.Real,
                SqliteType.Real, SqliteType.Real, SqliteType.Real, SqliteType.Integer);
        }

        (_upsertLatest, _latest) = Prepare(
            connection,
            """
            INSERT INTO telemetry_latest (series_id, ts, kind, num, text) VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (series_id) DO UPDATE SET ts = excluded.ts, kind = excluded.kind, num = excluded.num, text = excluded.text
            WHERE excluded.ts > telemetry_latest.ts
            """,
            SqliteType.Integer, SqliteType.Integer, SqliteType.Integer, SqliteType.Real, SqliteType.Text);

        (_upsertActivity, _activity) = Prepare(
            connection,
            """
            INSERT INTO device_activity (device_id, last_activity_ms) VALUES ($1, $2)
            ON CONFLICT (device_id) DO UPDATE SET last_activity_ms = max(last_activity_ms, excluded.last_activity_ms)
            """,
            SqliteType.Text, SqliteType.Integer);
    }

    public IEnumerable<SqliteCommand> All => [_insertRaw, .. _upsertRollup, _upsertLatest, _upsertActivity];

    /// <summary>Inserts a raw point; false when (series, ts) was already stored.</summary>
    public bool InsertRaw(long seriesId, long timestamp, TelemetryValue value)
    {
        _raw[0].Value = seriesId;
        _raw[1].Value = timestamp;
        BindValue(_raw, 2, value);
        return _insertRaw.ExecuteNonQuery() == 1;
    }

    public void UpsertRollup(int tierIndex, long seriesId, in RollupAccumulator rollup)
    {
        var p = _rollup[tierIndex];
        p[0].Value = seriesId;
        p[1].Value = rollup.BucketStart;
        p[2].Value = rollup.Count;
        p[3].Value = rollup.Sum;
        p[4].Value = rollup.Min;
        p[5].Value = rollup.Max;
        p[6].Value = rollup.Last;
        p[7].Value = rollup.LastTs;
        _upsertRollup[tierIndex].ExecuteNonQuery();
    }

    public void UpsertLatest(long seriesId, long timestamp, TelemetryValue value)
    {
        _latest[0].Value = seriesId;
        _latest[1].Value = timestamp;
        BindValue(_latest, 2, value);
        _upsertLatest.ExecuteNonQuery();
    }

    public void UpsertActivity(string deviceId, long at)
    {
        _activity[0].Value = deviceId;
        _activity[1].Value = at;
        _upsertActivity.ExecuteNonQuery();
    }

    /// <summary>Binds kind, num and text starting at <paramref name="first"/>; the unused column is NULL.</summary>
    private static void BindValue(SqliteParameter[] parameters, int first, TelemetryValue value)
    {
        parameters[first].Value = (long)value.Kind;
        if (value.IsNumeric)
        {
            parameters[first + 1].Value = value.Number;
            parameters[first + 2].Value = DBNull.Value;
        }
        else
        {
            parameters[first + 1].Value = DBNull.Value;
            parameters[first + 2].Value = (object?)value.Text ?? DBNull.Value;
        }
    }

    private static (SqliteCommand Command, SqliteParameter[] Parameters) Prepare(SqliteConnection connection, string sql, params SqliteType[] types)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        var parameters = new SqliteParameter[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            parameters[i] = command.Parameters.Add($"${i + 1}", types[i]);
        }

        command.Prepare();
        return (command, parameters);
    }
}
