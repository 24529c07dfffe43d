using System.Text;
using Microsoft.Data.Sqlite;
using Polis.Transit.Gtfs;
using SQLitePCL;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>
/// Appends a feed's rows in chunked transactions: each chunk is one short write (telemetry's group commits get the
/// database between chunks) that also moves the version's heartbeat, so a live import is never mistaken for an
/// abandoned one. The INSERT is one statement prepared once and bound by position through SQLitePCL (the engine
/// under Microsoft.Data.Sqlite), with strings encoded into one reused buffer: Microsoft.Data.Sqlite looks every
/// parameter up by name on every execution, the largest cost of writing a million stop times (see
/// docs/benchmarks.md, "GTFS import").
/// </summary>
internal sealed class TransitRowWriter(SqliteConnection connection, long feedId, int chunkRows, Func<long> now, IProgress<GtfsImportProgress>? progress, long totalRows)
{
    private byte[] _utf8 = new byte[1024];
    private long _written;

    public void Write<T>(TransitTableMap<T> map, IReadOnlyList<T> rows, CancellationToken cancellationToken)
    {
        var sql = $"INSERT INTO {map.Table} (feed_id, seq, {string.Join(", ", map.Columns)}) VALUES ({string.Join(", ", Enumerable.Repeat("?", map.Columns.Length + 2))})";
        var db = connection.Handle!;
        SqliteException.ThrowExceptionForRC(raw.sqlite3_prepare_v2(db, sql, out var insert), db);
        using (insert)
        {
            raw.sqlite3_bind_int64(insert, 1, feedId);
            var values = new object?[map.Columns.Length];
            for (var offset = 0; offset < rows.Count; offset += chunkRows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var end = Math.Min(offset + chunkRows, rows.Count);
                using (var transaction = connection.BeginTransaction())
                {
                    for (var i = offset; i < end; i++)
                    {
                        map.Write(rows[i], values);
                        raw.sqlite3_bind_int64(insert, 2, i);
                        for (var c = 0; c < values.Length; c++)
                        {
                            Bind(insert, c + 3, values[c]);
                        }

                        var rc = raw.sqlite3_step(insert);
                        raw.sqlite3_reset(insert);
                        if (rc != raw.SQLITE_DONE)
                        {
                            SqliteException.ThrowExceptionForRC(rc, db);
                        }
                    }

                    Heartbeat(transaction);
                    transaction.Commit();
                }

                _written += end - offset;
                progress?.Report(new GtfsImportProgress(GtfsImportStage.Storing, null, _written, totalRows));
            }
        }
    }

    private void Bind(sqlite3_stmt statement, int index, object? value)
    {
        switch (value)
        {
            case null:
                raw.sqlite3_bind_null(statement, index);
                break;
            case int number:
                raw.sqlite3_bind_int64(statement, index, number);
                break;
            case long number:
                raw.sqlite3_bind_int64(statement, index, number);
                break;
            case double real:
                raw.sqlite3_bind_double(statement, index, real);
                break;
            case string text:
                var length = Encoding.UTF8.GetMaxByteCount(text.Length);
                if (length > _utf8.Length)
                {
                    _utf8 = new byte[Math.Max(length, _utf8.Length * 2)];
                }

                var bytes = Encoding.UTF8.GetBytes(text, _utf8);
                raw.sqlite3_bind_text(statement, index, _utf8.AsSpan(0, bytes)); // SQLITE_TRANSIENT: SQLite copies it
                break;
            default:
                throw new ArgumentException($"No SQLite binding for {value.GetType().Name}.", nameof(value));
        }
    }

    private void Heartbeat(SqliteTransaction transaction)
    {
        using var heartbeat = connection.CreateCommand();
        heartbeat.Transaction = transaction;
        heartbeat.CommandText = "UPDATE transit_feeds SET heartbeat_at = $now WHERE id = $id AND status = 'importing'";
        heartbeat.Parameters.AddWithValue("$now", now());
        heartbeat.Parameters.AddWithValue("$id", feedId);
        if (heartbeat.ExecuteNonQuery() == 0)
        {
            // Taken for abandoned (this writer stalled past AbandonedImportAfter) and removed: stop rather than
            // write rows nobody will ever clean up. The chunk rolls back with the transaction.
            throw new InvalidOperationException($"Feed version {feedId} was removed while it was being written (stalled for too long?).");
        }
    }
}
