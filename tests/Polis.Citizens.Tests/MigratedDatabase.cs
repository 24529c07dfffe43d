using Microsoft.Data.Sqlite;
using Polis.Storage.Sqlite;

namespace Polis.Citizens.Tests;

/// <summary>A migrated polis.db in its own temp directory, deleted on dispose: the base of the parts' test databases.</summary>
internal abstract class MigratedDatabase : IDisposable
{
    private readonly string _directory;

    protected MigratedDatabase(string prefix)
    {
        _directory = Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N")[..12]);
        Database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        Database.Migrate();
    }

    public SqliteDatabase Database { get; }

    public long Scalar(string sql)
    {
        using var connection = Database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
            // A temp directory left behind is harmless.
        }
    }
}
