using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;
using Polis.Storage.Sqlite.Citizens;
using Polis.Storage.Sqlite.Geography;

namespace Polis.Citizens.Tests.Reports;

/// <summary>A migrated polis.db in its own temp directory with the report stores over it; deleted on dispose.</summary>
internal sealed class ReportsDatabase : MigratedDatabase
{
    public static readonly DateTimeOffset Start = new(2026, 3, 1, 8, 0, 0, TimeSpan.Zero);

    public ReportsDatabase()
        : base("polis-reports-")
    {
        Reports = new SqliteReportStore(Database);
        Keys = new SqliteOpen311KeyStore(Database);
        Services = new SqliteServiceCatalogueStore(Database);
        Geography = new SqliteGeographyStore(Database);
    }

    public SqliteReportStore Reports { get; }

    public SqliteOpen311KeyStore Keys { get; }

    public SqliteServiceCatalogueStore Services { get; }

    public SqliteGeographyStore Geography { get; }

    public static Report NewReport(string serviceCode = "pothole", DateTimeOffset? at = null, ReportStatus status = ReportStatus.Submitted) => new(
        0, serviceCode, status, "A hole", 55.675, 12.56, null, null, new Dictionary<string, IReadOnlyList<string>> { ["size"] = ["large"] },
        new ReportContact("resident@example.org", "Ada", null, null, null, null), null, "roads", null, "key-1", null, at ?? Start, at ?? Start);
}
