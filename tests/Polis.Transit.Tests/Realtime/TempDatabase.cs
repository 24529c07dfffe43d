using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Transit;

namespace Polis.Transit.Tests.Realtime;

/// <summary>A migrated polis.db in a temp directory with the transit realtime stores over it; deleted on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-transit-" + Guid.NewGuid().ToString("N")[..10]);

    public TempDatabase()
    {
        Database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        Database.Migrate();
        Alerts = new SqliteServiceAlertStore(Database);
        Cancellations = new SqliteTripCancellationStore(Database);
    }

    public SqliteDatabase Database { get; }

    public SqliteServiceAlertStore Alerts { get; }

    public SqliteTripCancellationStore Cancellations { get; }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }
}
