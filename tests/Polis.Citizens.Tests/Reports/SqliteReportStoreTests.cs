using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Tests.Reports;

/// <summary>The report store on a real SQLite file: ids, every filter, newest-first paging, changes with their history.</summary>
public sealed class SqliteReportStoreTests : IDisposable
{
    private readonly ReportsDatabase _db = new();

    [Fact]
    public async Task Create_ReadsBackWithIdAttributesContactAndOneInternalHistoryEntry()
    {
        var created = await _db.Reports.CreateAsync(ReportsDatabase.NewReport(), "open311:fms");
        var read = await _db.Reports.GetAsync(created.Id);
        Assert.NotNull(read);
        Assert.Equal(["large"], read.Attributes["size"]);
        Assert.Equal("resident@example.org", read.Contact.Email);
        Assert.Equal(ReportsDatabase.Start, read.RequestedAt);
        var history = Assert.Single(await _db.Reports.ListHistoryAsync(created.Id));
        Assert.Null(history.OldStatus);
        Assert.Equal(ReportStatus.Submitted, history.NewStatus);
        Assert.False(history.Public);
    }

    [Fact]
    public async Task Query_EachFilterAndPaging_SelectsNewestFirst()
    {
        var ids = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var report = ReportsDatabase.NewReport(i % 2 == 0 ? "pothole" : "graffiti", ReportsDatabase.Start.AddDays(i), i == 5 ? ReportStatus.Fixed : ReportStatus.Submitted);
            ids.Add((await _db.Reports.CreateAsync(report, "t")).Id);
        }

        async Task<long[]> Ids(ReportQuery query) => (await _db.Reports.QueryAsync(query)).Select(r => r.Id).ToArray();
        Assert.Equal(ids.AsEnumerable().Reverse(), await Ids(new ReportQuery()));
        Assert.Equal([ids[4], ids[2], ids[0]], await Ids(new ReportQuery(ServiceCodes: ["pothole"])));
        Assert.Equal([ids[5]], await Ids(new ReportQuery(Open: false)));
        Assert.Equal([ids[5]], await Ids(new ReportQuery(Statuses: ["fixed"])));
        Assert.Equal([ids[3], ids[2]], await Ids(new ReportQuery(From: ReportsDatabase.Start.AddDays(2), To: ReportsDatabase.Start.AddDays(3))));
        Assert.Equal([ids[1], ids[0]], await Ids(new ReportQuery(Ids: [ids[0], ids[1]], ServiceCodes: ["none"])));
        Assert.Equal([ids[3], ids[2]], await Ids(new ReportQuery(Offset: 2, Limit: 2)));
        Assert.Empty(await Ids(new ReportQuery(ServiceCodes: ["pothole"], Open: false)));
    }

    [Fact]
    public async Task Change_StatusAndNote_UpdatesReportAndAppendsEntry_UnknownReportWritesNothing()
    {
        var id = (await _db.Reports.CreateAsync(ReportsDatabase.NewReport(), "t")).Id;
        var at = ReportsDatabase.Start.AddHours(3);
        var entry = await _db.Reports.ChangeAsync(new ReportChange(id, ReportStatus.Fixed, "Filled.", true, "crew@city", at));
        Assert.NotNull(entry);
        Assert.Equal((ReportStatus?)ReportStatus.Submitted, entry.OldStatus);
        Assert.True(entry.ChangesStatus);
        var report = await _db.Reports.GetAsync(id);
        Assert.Equal(ReportStatus.Fixed, report!.Status);
        Assert.Equal("Filled.", report.StatusNotes);
        Assert.Equal(at, report.UpdatedAt);

        var note = await _db.Reports.ChangeAsync(new ReportChange(id, null, "Checked again.", false, "crew@city", at.AddHours(1)));
        Assert.False(note!.ChangesStatus);
        Assert.Equal("Filled.", (await _db.Reports.GetAsync(id))!.StatusNotes);

        var updates = await _db.Reports.ListPublicUpdatesAsync(ReportsDatabase.Start, at.AddDays(1), 100);
        Assert.Equal([entry.Id], updates.Select(u => u.Id));

        var historyBefore = _db.Scalar("SELECT COUNT(*) FROM citizens_report_history");
        Assert.Null(await _db.Reports.ChangeAsync(new ReportChange(999, ReportStatus.Closed, "x", true, "t", at)));
        Assert.Equal(historyBefore, _db.Scalar("SELECT COUNT(*) FROM citizens_report_history"));
    }

    [Fact]
    public async Task Query_OpenFilterOverTheIndex_PlanUsesAnIndex()
    {
        // GET requests must stay fast at a million rows: the common shapes are index range scans, never a table scan.
        using var connection = _db.Database.Open();
        foreach (var where in (string[])["requested_at BETWEEN 1 AND 2", "service_code = 'x' AND requested_at BETWEEN 1 AND 2", "is_open = 1 AND requested_at BETWEEN 1 AND 2"])
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"EXPLAIN QUERY PLAN SELECT id FROM citizens_reports WHERE {where} ORDER BY requested_at DESC LIMIT 1000";
            using var reader = command.ExecuteReader();
            var plan = string.Join(" | ", Enumerable.Range(0, 100).TakeWhile(_ => reader.Read()).Select(_ => reader.GetString(3)));
            Assert.Contains("INDEX ix_citizens_reports_", plan, StringComparison.Ordinal);
            Assert.DoesNotContain("TEMP B-TREE", plan, StringComparison.Ordinal);
        }
    }

    public void Dispose() => _db.Dispose();
}
