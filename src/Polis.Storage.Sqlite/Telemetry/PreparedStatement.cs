using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>
/// A statement prepared once on the writer connection and bound by index. The write hot path runs
/// ~5 statements per point; going straight to SQLite here (no command/reader objects, no boxed
/// parameter values) is what makes the group commit CPU-cheap. It runs inside whatever transaction
/// the connection has open.
/// </summary>
internal sealed class PreparedStatement : IDisposable
{
    private readonly sqlite3 _db;
    private readonly sqlite3_stmt _statement;

    public PreparedStatement(SqliteConnection connection, string sql)
    {
        _db = connection.Handle!;
        var rc = raw.sqlite3_prepare_v2(_db, sql, out _statement);
        SqliteException.ThrowExceptionForRC(rc, _db);
    }

    public PreparedStatement Bind(int index, long value) => Check(raw.sqlite3_bind_int64(_statement, index, value));

    public PreparedStatement Bind(int index, double value) => Check(raw.sqlite3_bind_double(_statement, index, value));

    public PreparedStatement Bind(int index, string? value) =>
        Check(value is null ? raw.sqlite3_bind_null(_statement, index) : raw.sqlite3_bind_text(_statement, index, value));

    public PreparedStatement BindNull(int index) => Check(raw.sqlite3_bind_null(_statement, index));

    /// <summary>Runs the statement to completion and returns the number of rows it changed.</summary>
    public int Execute()
    {
        var rc = raw.sqlite3_step(_statement);
        if (rc != raw.SQLITE_DONE)
        {
            // reset reports the statement's real error code (constraint, I/O, RAISE from a trigger...).
            var error = raw.sqlite3_reset(_statement);
            SqliteException.ThrowExceptionForRC(error != raw.SQLITE_OK ? error : rc, _db);
        }

        var changes = raw.sqlite3_changes(_db);
        raw.sqlite3_reset(_statement);
        return changes;
    }

    public void Dispose() => _statement.Dispose();

    private PreparedStatement Check(int rc)
    {
        if (rc != raw.SQLITE_OK)
        {
            SqliteException.ThrowExceptionForRC(rc, _db);
        }

        return this;
    }
}
