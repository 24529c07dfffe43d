using Microsoft.Data.Sqlite;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>
/// How one GTFS record type maps to its table: the columns after (feed_id, seq), writing a record's values into
/// an array in that order, and reading a record back from a row that selects them in that order.
/// </summary>
internal sealed class TransitTableMap<T>(string table, string columns, Action<T, object?[]> write, Func<SqliteDataReader, Func<string, string>, T> read)
{
    public string Table { get; } = table;

    public string[] Columns { get; } = columns.Split(", ");

    /// <summary>Fills the values of one record (null for SQL NULL), in <see cref="Columns"/> order.</summary>
    public Action<T, object?[]> Write { get; } = write;

    /// <summary>Reads one record; the second argument shares repeated strings (ids) across rows.</summary>
    public Func<SqliteDataReader, Func<string, string>, T> Read { get; } = read;
}
