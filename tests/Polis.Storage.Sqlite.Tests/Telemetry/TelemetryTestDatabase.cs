using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Polis.Contracts.Telemetry;
using Polis.Platform.Telemetry;
using Polis.Storage.Sqlite.Telemetry;

namespace Polis.Storage.Sqlite.Tests.Telemetry;

/// <summary>A real SQLite file in its own temp directory, migrated, with a store on it; deleted afterwards.</summary>
internal sealed class TelemetryTestDatabase : IAsyncLifetime
{
    private readonly string _directory;
    private readonly List<SqliteTelemetryStore> _stores = [];

    public TelemetryTestDatabase()
    {
        _directory = Path.Combine(Path.GetTempPath(), "polis-telemetry-tests", Guid.NewGuid().ToString("N"));
        Database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        Database.Migrate();
    }

    public SqliteDatabase Database { get; }

    public FakeTimeProvider Time { get; } = new(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_000));

    public SqliteTelemetryStore CreateStore(TelemetryOptions? options = null, SqliteDatabase? database = null)
    {
        var store = new SqliteTelemetryStore(database ?? Database, Options.Create(options ?? new TelemetryOptions()), Time, NullLogger<SqliteTelemetryStore>.Instance);
        _stores.Add(store);
        return store;
    }

    /// <summary>A connection that bypasses the pool, as another process would open the file.</summary>
    public SqliteConnection OpenUnpooled()
    {
        var connection = new SqliteConnection($"Data Source={Database.FilePath};Pooling=False");
        connection.Open();
        return connection;
    }

    public long Scalar(string sql)
    {
        using var connection = OpenUnpooled();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Execute(string sql)
    {
        using var connection = OpenUnpooled();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>The stored rollup rows of one series and tier, as the buckets they represent.</summary>
    public List<AggregateBucket> ReadRollups(string table, string deviceId, string key)
    {
        using var connection = OpenUnpooled();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT b.bucket_start, b.cnt, b.sum_v, b.min_v, b.max_v, b.last_v, b.last_ts FROM {table} b
            JOIN telemetry_series s ON s.id = b.series_id WHERE s.device_id = $d AND s.key = $k ORDER BY b.bucket_start
            """;
        command.Parameters.AddWithValue("$d", deviceId);
        command.Parameters.AddWithValue("$k", key);
        using var reader = command.ExecuteReader();
        var rows = new List<AggregateBucket>();
        while (reader.Read())
        {
            rows.Add(new AggregateBucket(reader.GetInt64(0), reader.GetInt64(1), reader.GetDouble(2), reader.GetDouble(3), reader.GetDouble(4), reader.GetDouble(5), reader.GetInt64(6)));
        }

        return rows;
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Disposes the stores (flushing them) and deletes the files; xUnit v2 calls this, not IAsyncDisposable.</summary>
    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            await store.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp directory must not fail a test.
        }
    }

    public static TelemetryPoint Number(string key, long ts, double value) => new(key, ts, TelemetryValue.FromNumber(value));
}
