using Microsoft.Data.Sqlite;

namespace Polis.Storage.Sqlite.Telemetry;

/// <summary>Finds or creates the id of a (device, key) series; used only on a writer cache miss.</summary>
internal sealed class SeriesCommands
{
    private readonly SqliteCommand _select;
    private readonly SqliteParameter _selectDevice;
    private readonly SqliteParameter _selectKey;
    private readonly SqliteCommand _insert;
    private readonly SqliteParameter _insertDevice;
    private readonly SqliteParameter _insertKey;

    public SeriesCommands(SqliteConnection connection)
    {
        _select = connection.CreateCommand();
        _select.CommandText = "SELECT id FROM telemetry_series WHERE device_id = $device AND key = $key";
        _selectDevice = _select.Parameters.Add("$device", SqliteType.Text);
        _selectKey = _select.Parameters.Add("$key", SqliteType.Text);
        _select.Prepare();

        _insert = connection.CreateCommand();
        _insert.CommandText = "INSERT INTO telemetry_series (device_id, key) VALUES ($device, $key) RETURNING id";
        _insertDevice = _insert.Parameters.Add("$device", SqliteType.Text);
        _insertKey = _insert.Parameters.Add("$key", SqliteType.Text);
        _insert.Prepare();
    }

    public IEnumerable<SqliteCommand> All => [_select, _insert];

    public long Resolve(string deviceId, string key)
    {
        _selectDevice.Value = deviceId;
        _selectKey.Value = key;
        if (_select.ExecuteScalar() is long existing)
        {
            return existing;
        }

        _insertDevice.Value = deviceId;
        _insertKey.Value = key;
        return (long)_insert.ExecuteScalar()!;
    }
}
