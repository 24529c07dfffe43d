using Microsoft.Data.Sqlite;

namespace Polis.Storage.Sqlite.Metering;

/// <summary>
/// Resolves meter ids to the integer keys of the read, interval and audit tables with one prepared statement per
/// connection, remembering each answer for the length of a batch.
/// </summary>
internal sealed class MeterKeys : IAsyncDisposable
{
    private readonly SqliteCommand _lookup;
    private readonly SqliteParameter _id;
    private readonly Dictionary<string, long?> _known = new(StringComparer.Ordinal);

    public MeterKeys(SqliteConnection connection)
    {
        _lookup = connection.CreateCommand();
        _lookup.CommandText = "SELECT key FROM metering_meters WHERE id = $id";
        _id = _lookup.Parameters.Add("$id", SqliteType.Text);
    }

    /// <summary>The meter's key, or null when no meter has the id.</summary>
    public async ValueTask<long?> FindAsync(string meterId, CancellationToken cancellationToken)
    {
        if (_known.TryGetValue(meterId, out var key))
        {
            return key;
        }

        _id.Value = meterId;
        key = await _lookup.ExecuteScalarAsync(cancellationToken) is long found ? found : null;
        _known[meterId] = key;
        return key;
    }

    public ValueTask DisposeAsync() => _lookup.DisposeAsync();
}
