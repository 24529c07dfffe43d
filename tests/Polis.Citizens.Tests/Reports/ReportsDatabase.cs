using Microsoft.Data.Sqlite;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;
using Polis.Storage.Sqlite;
using Polis.Storage.Sqlite.Citizens;
using Polis.Storage.Sqlite.Geography;

namespace Polis.Citizens.Tests.Reports;

/// <summary>A migrated polis.db in its own temp directory with the report stores over it; deleted on dispose.</summary>
internal sealed class ReportsDatabase : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "polis-reports-" + Guid.NewGuid().ToString("N")[..12]);

    public ReportsDatabase()
    {
        Database = new SqliteDatabase(Path.Combine(_directory, "polis.db"));
        Database.Migrate();
        Reports = new SqliteReportStore(Database);
        Keys = new SqliteOpen311KeyStore(Database);
        Services = new SqliteServiceCatalogueStore(Database);
        Geography = new SqliteGeographyStore(Database);
    }

    public SqliteDatabase Database { get; }

    public SqliteReportStore Reports { get; }

    public SqliteOpen311KeyStore Keys { get; }

    public SqliteServiceCatalogueStore Services { get; }

    public SqliteGeographyStore Geography { get; }

    public static Report NewReport(string serviceCode = "pothole", DateTimeOffset? at = null, ReportStatus status = ReportStatus.Submitted) => new(
        0, serviceCode, status, "A hole", 55.675, 12.56, null, null, new Dictionary<string, IReadOnlyList<string>> { ["size"] = ["large"] },
        new ReportContact("resident@example.org", "Ada", null, null, null, null), null, "roads", null, "key-1", null, at ?? Start, at ?? Start);

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
        }
    }
}
