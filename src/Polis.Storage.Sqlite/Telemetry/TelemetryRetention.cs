using Microsoft.Data.Sqlite;
using Polis.Platform.Telemetry;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// Deletes one bounded chunk of expired rows of one tier per writer transaction, walking the series in
/// id order. Deleting per series keeps every delete a key-range delete on (series_id, time) instead of
/// a scan of the whole table; the chunk bounds keep each transaction short so appends queued meanwhile
/// commit between chunks.
/// </summary>
internal sealed class TelemetryRetention(RollupTier tier, long cutoff)
{
    private const int MaxRowsPerChunk = 5_000;
    private const int MaxSeriesPerChunk = 1_000;

    private long _nextSeriesId = long.MinValue;

    public RollupTier Tier { get; } = tier;

    /// <summary>
    /// Raw points older than the cutoff; rollup buckets that end at or before it (a bucket that still
    /// covers unexpired time is kept whole).
    /// </summary>
    public long TimeLimit { get; } = tier == RollupTier.Raw ? cutoff : cutoff - RollupTables.BucketLength(tier) + 1;

    public bool Done { get; private set; }

    /// <summary>Deletes up to one chunk; returns the rows removed and advances the cursor.</summary>
    public long DeleteChunk(TelemetryBatchWriter writer, SqliteTransaction transaction)
    {
        var connection = writer.Connection;
        var seriesIds = new List<long>(MaxSeriesPerChunk);
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT id FROM telemetry_series WHERE id >= $from ORDER BY id LIMIT $limit";
            select.Parameters.AddWithValue("$from", _nextSeriesId);
            select.Parameters.AddWithValue("$limit", MaxSeriesPerChunk);
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                seriesIds.Add(reader.GetInt64(0));
            }
        }

        var table = RollupTables.TableName(Tier);
        var time = RollupTables.TimeColumn(Tier);
        using var delete = connection.CreateCommand();
        delete.Transaction = transaction;

        // The OFFSET probe finds the time of the (budget+1)-th oldest row, so one statement never removes
        // more than the remaining budget even for a series with years of expired history.
        delete.CommandText = $"""
            DELETE FROM {table} WHERE series_id = $series AND {time} < $limit
              AND {time} < ifnull((SELECT {time} FROM {table} WHERE series_id = $series ORDER BY {time} LIMIT 1 OFFSET $budget), $limit)
            """;
        var series = delete.Parameters.Add("$series", SqliteType.Integer);
        delete.Parameters.AddWithValue("$limit", TimeLimit);
        var budget = delete.Parameters.Add("$budget", SqliteType.Integer);

        long removed = 0;
        foreach (var id in seriesIds)
        {
            series.Value = id;
            budget.Value = MaxRowsPerChunk - removed;
            removed += delete.ExecuteNonQuery();
            if (removed >= MaxRowsPerChunk)
            {
                _nextSeriesId = id; // this series may have more; revisit it next chunk
                return removed;
            }

            _nextSeriesId = id + 1;
        }

        Done = seriesIds.Count < MaxSeriesPerChunk;
        return removed;
    }
}
