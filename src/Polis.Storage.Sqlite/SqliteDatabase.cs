using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Polis.Storage.Sqlite;

/// <summary>
/// The embedded database file: opens connections with the pragmas Polis relies on and applies the
/// schema migrations embedded in this assembly (Migrations/NNNN_name.sql, in name order, each once).
/// </summary>
public sealed class SqliteDatabase
{
    public SqliteDatabase(string filePath)
    {
        FilePath = Path.GetFullPath(filePath);
        ConnectionString = new SqliteConnectionStringBuilder
        {
            DataSource = FilePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string FilePath { get; }

    public string ConnectionString { get; }

    /// <summary>
    /// Per-connection pragmas. synchronous=FULL makes every commit durable (fsync of the WAL) so an
    /// acknowledged write survives a crash or power loss. WAL mode itself is set once in <see cref="Migrate"/>
    /// (it is persistent in the file) and lets readers run beside the single writer.
    /// </summary>
    private const string ConnectionPragmas = "PRAGMA synchronous=FULL; PRAGMA busy_timeout=30000; PRAGMA foreign_keys=ON;";

    /// <summary>Opens a connection with <see cref="ConnectionPragmas"/> applied.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = ConnectionPragmas;
        pragmas.ExecuteNonQuery();
        return connection;
    }

    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragmas = connection.CreateCommand();
        pragmas.CommandText = ConnectionPragmas;
        await pragmas.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>Applies every embedded migration not yet recorded in schema_migrations.</summary>
    public void Migrate()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FilePath)!);
        using var connection = Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        foreach (var (name, sql) in LoadMigrations())
        {
            using var transaction = connection.BeginTransaction();
            using var check = connection.CreateCommand();
            check.Transaction = transaction;
            check.CommandText = "SELECT 1 FROM schema_migrations WHERE name = $name";
            check.Parameters.AddWithValue("$name", name);
            if (check.ExecuteScalar() is not null)
            {
                continue;
            }

            using var apply = connection.CreateCommand();
            apply.Transaction = transaction;
            apply.CommandText = sql;
            apply.ExecuteNonQuery();

            using var record = connection.CreateCommand();
            record.Transaction = transaction;
            record.CommandText = "INSERT INTO schema_migrations (name, applied_at) VALUES ($name, $at)";
            record.Parameters.AddWithValue("$name", name);
            record.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O"));
            record.ExecuteNonQuery();
            transaction.Commit();
        }
    }

    private static IEnumerable<(string Name, string Sql)> LoadMigrations()
    {
        var assembly = typeof(SqliteDatabase).Assembly;
        const string prefix = "Polis.Storage.Sqlite.Migrations.";
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            yield return (resource[prefix.Length..], reader.ReadToEnd());
        }
    }
}
