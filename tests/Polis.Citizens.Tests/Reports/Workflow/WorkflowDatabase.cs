using Microsoft.Extensions.Time.Testing;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;
using Polis.Citizens.Reports.Workflow;
using Polis.Storage.Sqlite.Citizens;

namespace Polis.Citizens.Tests.Reports.Workflow;

/// <summary>A real polis.db with the report store, the notification store and a workflow on a fake clock (window 14 days, notes ≤ 50).</summary>
internal sealed class WorkflowDatabase : IDisposable
{
    public const string Resident = "user-ada";

    private readonly ReportsDatabase _db = new();

    public WorkflowDatabase()
    {
        Notifications = new SqliteResidentNotificationStore(_db.Database);
        Workflow = new ReportWorkflow(_db.Reports, new ReportLifecycle(new ReportLifecycleOptions { ReopenWindowDays = 14, MaxNoteLength = 50 }, Clock));
    }

    public FakeTimeProvider Clock { get; } = new(ReportsDatabase.Start.AddHours(1));

    public SqliteReportStore Reports => _db.Reports;

    public SqliteResidentNotificationStore Notifications { get; }

    public ReportWorkflow Workflow { get; }

    public long Scalar(string sql) => _db.Scalar(sql);

    /// <summary>A report filed in the city app by <see cref="Resident"/> (or by an Open311 client when <paramref name="reporter"/> is null).</summary>
    public async Task<long> FileAsync(string? reporter = Resident) =>
        (await Reports.CreateAsync(ReportsDatabase.NewReport() with { ReporterUserId = reporter }, reporter is null ? "open311:fms" : $"resident:{reporter}")).Id;

    public Task<ReportWorkflowResult> StaffAsync(long id, ReportStatus to, string? note = null, bool isPublic = true, string? duplicateOf = null) =>
        Workflow.ChangeStatusAsync(id, new ReportWorkflowRequest(to, ReportLifecycleActor.Staff, "crew@city", note, isPublic, duplicateOf));

    public Task<ReportWorkflowResult> ReporterAsync(long id, ReportStatus to, string? note = null, string reporter = Resident) =>
        Workflow.ChangeStatusAsync(id, new ReportWorkflowRequest(to, ReportLifecycleActor.Reporter, $"resident:{reporter}", note, ReporterUserId: reporter));

    public async Task<Report> ReportAsync(long id) => (await Reports.GetAsync(id))!;

    public void Dispose() => _db.Dispose();
}
