using Polis.Citizens.Notifications;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Tests.Reports.Store;

/// <summary>The store's compare-and-set transition on a real SQLite file: all of it written together, or nothing.</summary>
public sealed class SqliteReportTransitionTests : IDisposable
{
    private readonly ReportsDatabase _db = new();

    private static ReportTransition Fix(long id, ReportStatus expected) => new(
        id, expected, new ReportLifecycleState(ReportStatus.Fixed, ReportsDatabase.Start.AddDays(1)), "Filled.", true, "crew@city", ReportsDatabase.Start.AddDays(1),
        new ResidentNotice(ResidentNotificationKind.Status, "Fixed."));

    [Fact]
    public async Task Transition_ExpectedStatus_StoresStateEntryAndNotificationTogether()
    {
        var id = (await _db.Reports.CreateAsync(ReportsDatabase.NewReport() with { ReporterUserId = "user-ada" }, "resident:user-ada")).Id;
        var result = await _db.Reports.TransitionAsync(Fix(id, ReportStatus.Submitted));
        Assert.Equal(ReportTransitionOutcome.Stored, result.Outcome);
        var report = await _db.Reports.GetAsync(id);
        Assert.Equal((ReportStatus.Fixed, (DateTimeOffset?)ReportsDatabase.Start.AddDays(1), "Filled."), (report!.Status, report.ResolvedAt, report.StatusNotes));
        Assert.Equal(1, _db.Scalar($"SELECT COUNT(*) FROM citizens_notifications WHERE user_id = 'user-ada' AND report_id = {id} AND kind = 'status'"));
    }

    [Fact]
    public async Task Transition_StatusMovedSinceRead_StatusChangedAndNothingWritten()
    {
        var id = (await _db.Reports.CreateAsync(ReportsDatabase.NewReport() with { ReporterUserId = "user-ada" }, "t")).Id;
        Assert.Equal(ReportTransitionOutcome.StatusChanged, (await _db.Reports.TransitionAsync(Fix(id, ReportStatus.Confirmed))).Outcome);
        Assert.Equal(ReportTransitionOutcome.NotFound, (await _db.Reports.TransitionAsync(Fix(987654, ReportStatus.Submitted))).Outcome);
        Assert.Equal(ReportStatus.Submitted, (await _db.Reports.GetAsync(id))!.Status);
        Assert.Single(await _db.Reports.ListHistoryAsync(id));
        Assert.Equal(0, _db.Scalar("SELECT COUNT(*) FROM citizens_notifications"));
    }

    public void Dispose() => _db.Dispose();
}
