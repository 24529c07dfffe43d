using Microsoft.Data.Sqlite;
using Polis.Transit.Gtfs;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>
/// Appends a feed's rows in chunked transactions: each chunk is one short write (telemetry's group commits get the
/// database between chunks) that also moves the version's heartbeat, so a live import is never mistaken for an
/// abandoned one. Rows go in as multi-row INSERTs, which cuts the per-statement cost SQLite pays per row.
/// </summary>
internal sealed class TransitRowWriter(SqliteConnection connection, long feedId, int chunkRows, Func<long> now, IProgress<GtfsImportProgress>? progress, long totalRows)
{
    private const int RowsPerStatement = 64;

    private long _written;

    public void Write<T>(TransitTableMap<T> map, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        using var full = Insert(map, RowsPerStatement);
        var values = new object?[map.Columns.Length];
        for (var offset = 0; offset < rows.Count; offset += chunkRows)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var end = Math.Min(offset + chunkRows, rows.Count);
            using (var transaction = connection.BeginTransaction())
            {
                full.Transaction = transaction;
                var i = offset;
                for (; i + RowsPerStatement <= end; i += RowsPerStatement)
                {
                    Bind(full, map, rows, i, RowsPerStatement, values);
                    full.ExecuteNonQuery();
                }

                if (i < end)
                {
                    using var tail = Insert(map, end - i);
                    tail.Transaction = transaction;
                    Bind(tail, map, rows, i, end - i, values);
                    tail.ExecuteNonQuery();
                }

                using var heartbeat = connection.CreateCommand();
                heartbeat.Transaction = transaction;
                heartbeat.CommandText = "UPDATE transit_feeds SET heartbeat_at = $now WHERE id = $id";
                heartbeat.Parameters.AddWithValue("$now", now());
                heartbeat.Parameters.AddWithValue("$id", feedId);
                heartbeat.ExecuteNonQuery();
                transaction.Commit();
            }

            _written += end - offset;
            progress?.Report(new GtfsImportProgress(GtfsImportStage.Storing, null, _written, totalRows));
        }
    }

    private SqliteCommand Insert<T>(TransitTableMap<T> map, int rows)
    {
        var command = connection.CreateCommand();
        var tuples = Enumerable.Range(0, rows).Select(r => $"($f, $s{r}, {string.Join(", ", map.Columns.Select((_, c) => $"$v{r}_{c}"))})");
        command.CommandText = $"INSERT INTO {map.Table} (feed_id, seq, {string.Join(", ", map.Columns)}) VALUES {string.Join(", ", tuples)}";
        command.Parameters.AddWithValue("$f", feedId);
        for (var r = 0; r < rows; r++)
        {
            command.Parameters.Add(new SqliteParameter($"$s{r}", null));
            for (var c = 0; c < map.Columns.Length; c++)
            {
                command.Parameters.Add(new SqliteParameter($"$v{r}_{c}", null));
            }
        }

        return command;
    }

    private static void Bind<T>(SqliteCommand command, TransitTableMap<T> map, IReadOnlyList<T> rows, int first, int count, object?[] values)
    {
        var parameters = command.Parameters;
        var width = map.Columns.Length + 1;
        for (var r = 0; r < count; r++)
        {
            map.Write(rows[first + r], values);
            parameters[1 + (r * width)].Value = first + r;
            for (var c = 0; c < values.Length; c++)
            {
                parameters[2 + (r * width) + c].Value = values[c] ?? DBNull.Value;
            }
        }
    }
}
