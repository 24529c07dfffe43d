using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Workflow;

namespace Polis.Citizens.Tests.Reports.Workflow;

/// <summary>The workflow on a real SQLite file: the rules applied, the lifecycle state stored with the history entry, refusals storing nothing.</summary>
public sealed class ReportWorkflowTests : IDisposable
{
    private readonly WorkflowDatabase _db = new();

    [Fact]
    public async Task StaffFix_StoresStatusResolutionAndOneHistoryEntry()
    {
        var id = await _db.FileAsync();
        var fixedAt = _db.Clock.GetUtcNow();
        var result = await _db.StaffAsync(id, ReportStatus.Fixed, "  Filled.  ");
        Assert.Equal(ReportWorkflowOutcome.Changed, result.Outcome);
        Assert.Equal((ReportStatus?)ReportStatus.Submitted, result.Entry!.OldStatus);
        Assert.Equal("Filled.", result.Entry.Note);

        var report = await _db.ReportAsync(id);
        Assert.Equal((ReportStatus.Fixed, fixedAt, "Filled."), (report.Status, report.ResolvedAt!.Value, report.StatusNotes));
        Assert.Equal(fixedAt.AddDays(14), _db.Workflow.ReopenUntil(report.LifecycleState));
        Assert.Equal(2, (await _db.Reports.ListHistoryAsync(id)).Count);
        Assert.Equal(1, _db.Scalar($"SELECT COUNT(*) FROM citizens_reports WHERE id = {id} AND is_open = 0"));
    }

    [Fact]
    public async Task ReporterReopenThenStaffFixAgainThenConfirm_CountsReopeningAndKeepsWindow()
    {
        var id = await _db.FileAsync();
        await _db.StaffAsync(id, ReportStatus.Fixed);
        _db.Clock.Advance(TimeSpan.FromDays(3));
        Assert.True((await _db.ReporterAsync(id, ReportStatus.Confirmed, "Still a hole.")).Succeeded);
        var reopened = await _db.ReportAsync(id);
        Assert.Equal((ReportStatus.Confirmed, 1, (DateTimeOffset?)null), (reopened.Status, reopened.Reopenings, reopened.ResolvedAt));

        Assert.True((await _db.StaffAsync(id, ReportStatus.Fixed, "Filled again.")).Succeeded);
        _db.Clock.Advance(TimeSpan.FromDays(14));
        Assert.True((await _db.ReporterAsync(id, ReportStatus.Closed)).Succeeded);
        var closed = await _db.ReportAsync(id);
        Assert.Equal((ReportStatus.Closed, 1), (closed.Status, closed.Reopenings));
        Assert.Equal(_db.Clock.GetUtcNow().AddDays(-14), closed.ResolvedAt);
    }

    [Fact]
    public async Task ReporterAfterWindow_RefusedWindowPassed_NothingStored()
    {
        var id = await _db.FileAsync();
        await _db.StaffAsync(id, ReportStatus.Fixed);
        _db.Clock.Advance(TimeSpan.FromDays(14) + TimeSpan.FromMinutes(1));
        await AssertRefusedAsync(id, () => _db.ReporterAsync(id, ReportStatus.Confirmed, "Not fixed"), ReportLifecycleRefusal.WindowPassed, 409);
        await AssertRefusedAsync(id, () => _db.ReporterAsync(id, ReportStatus.Closed), ReportLifecycleRefusal.WindowPassed, 409);
    }

    [Fact]
    public async Task EveryLifecycleRefusal_RefusedWithItsReasonAndStatus_NothingStored()
    {
        var open = await _db.FileAsync();
        await _db.StaffAsync(open, ReportStatus.InProgress);
        await AssertRefusedAsync(open, () => _db.StaffAsync(open, ReportStatus.InProgress), ReportLifecycleRefusal.Unchanged, 409);
        await AssertRefusedAsync(open, () => _db.StaffAsync(open, ReportStatus.Confirmed), ReportLifecycleRefusal.NotForward, 409);
        await AssertRefusedAsync(open, () => _db.StaffAsync(open, ReportStatus.Duplicate), ReportLifecycleRefusal.OriginalRequired, 400);
        await AssertRefusedAsync(open, () => _db.StaffAsync(open, ReportStatus.Duplicate, duplicateOf: open.ToString(System.Globalization.CultureInfo.InvariantCulture)), ReportLifecycleRefusal.OriginalRequired, 400);
        await AssertRefusedAsync(open, () => _db.StaffAsync(open, ReportStatus.NotResponsible, "  "), ReportLifecycleRefusal.NoteRequired, 400);
        await AssertRefusedAsync(open, () => _db.StaffAsync(open, ReportStatus.Fixed, new string('x', 51)), ReportLifecycleRefusal.NoteTooLong, 400);
        await AssertRefusedAsync(open, () => _db.ReporterAsync(open, ReportStatus.Fixed), ReportLifecycleRefusal.NotAllowedForReporter, 409);
        await AssertRefusedAsync(open, () => _db.ReporterAsync(open, ReportStatus.Closed), ReportLifecycleRefusal.NotResolved, 409);

        var done = await _db.FileAsync();
        await _db.StaffAsync(done, ReportStatus.Fixed);
        await AssertRefusedAsync(done, () => _db.StaffAsync(done, ReportStatus.NotResponsible, "Private road"), ReportLifecycleRefusal.NotOpen, 409);
        await AssertRefusedAsync(done, () => _db.StaffAsync(done, ReportStatus.Confirmed), ReportLifecycleRefusal.NotForward, 409);
    }

    [Fact]
    public async Task Duplicate_NamesExistingOriginal_StoredElseRefused()
    {
        var original = await _db.FileAsync();
        var copy = await _db.FileAsync();
        var third = await _db.FileAsync();
        await AssertOutcomeAsync(copy, () => _db.StaffAsync(copy, ReportStatus.Duplicate, duplicateOf: "987654"), ReportWorkflowOutcome.OriginalNotFound, 400);
        await AssertOutcomeAsync(copy, () => _db.StaffAsync(copy, ReportStatus.Duplicate, duplicateOf: "not-a-number"), ReportWorkflowOutcome.OriginalNotFound, 400);

        Assert.True((await _db.StaffAsync(copy, ReportStatus.Duplicate, duplicateOf: $"{original}")).Succeeded);
        Assert.Equal((ReportStatus.Duplicate, (long?)original), ((await _db.ReportAsync(copy)).Status, (await _db.ReportAsync(copy)).DuplicateOf));
        await AssertOutcomeAsync(third, () => _db.StaffAsync(third, ReportStatus.Duplicate, duplicateOf: $"{copy}"), ReportWorkflowOutcome.OriginalIsDuplicate, 409);
    }

    [Fact]
    public async Task UnknownReportOrAnotherResidentsReport_NotFound()
    {
        Assert.Equal(ReportWorkflowOutcome.NotFound, (await _db.StaffAsync(987654, ReportStatus.Fixed)).Outcome);
        var id = await _db.FileAsync();
        await _db.StaffAsync(id, ReportStatus.Fixed);
        await AssertOutcomeAsync(id, () => _db.ReporterAsync(id, ReportStatus.Closed, reporter: "user-bob"), ReportWorkflowOutcome.NotFound, 404);
        Assert.Equal(ReportStatus.Fixed, (await _db.ReportAsync(id)).Status);
    }

    [Fact]
    public async Task ConcurrentStaffMovesToOneStatus_OneWinsTheRestUnchanged_HistoryHasOneEntry()
    {
        var id = await _db.FileAsync();
        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => _db.StaffAsync(id, ReportStatus.Fixed, "Filled."))));
        Assert.Single(results, r => r.Succeeded);
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.Equal(ReportLifecycleRefusal.Unchanged, r.Refusal));
        Assert.Equal(2, (await _db.Reports.ListHistoryAsync(id)).Count);
    }

    [Fact]
    public async Task ConcurrentStaffMovesToDifferentStatuses_HistoryIsOneForwardChain()
    {
        var id = await _db.FileAsync();
        ReportStatus[] targets = [ReportStatus.Confirmed, ReportStatus.Investigating, ReportStatus.InProgress, ReportStatus.ActionScheduled, ReportStatus.Fixed];
        var results = await Task.WhenAll(targets.Concat(targets).Select(to => Task.Run(() => _db.StaffAsync(id, to))));

        var history = await _db.Reports.ListHistoryAsync(id);
        var changes = history.Skip(1).ToList();
        Assert.Equal(results.Count(r => r.Succeeded), changes.Count);
        for (var i = 0; i < changes.Count; i++)
        {
            // Each entry starts where the previous one ended, and each moves forward: no lost or interleaved update.
            Assert.Equal(history[i].NewStatus, changes[i].OldStatus);
            Assert.True(ReportLifecycle.StaffMayMove(changes[i].OldStatus!.Value, changes[i].NewStatus));
        }

        Assert.Equal(history[^1].NewStatus, (await _db.ReportAsync(id)).Status);
        // The losers were decided again on the new status: unchanged, now backwards, or (after losing every retry) a conflict.
        Assert.All(results.Where(r => !r.Succeeded), r => Assert.True(
            r.Refusal is ReportLifecycleRefusal.Unchanged or ReportLifecycleRefusal.NotForward || r.Outcome == ReportWorkflowOutcome.Conflict, $"{r.Outcome} {r.Refusal}"));
    }

    private async Task AssertRefusedAsync(long id, Func<Task<ReportWorkflowResult>> act, ReportLifecycleRefusal refusal, int status)
    {
        var result = await AssertOutcomeAsync(id, act, ReportWorkflowOutcome.Refused, status);
        Assert.Equal(refusal, result.Refusal);
        Assert.Equal(refusal.ToString(), ReportWorkflowRefusals.Reason(result));
    }

    private async Task<ReportWorkflowResult> AssertOutcomeAsync(long id, Func<Task<ReportWorkflowResult>> act, ReportWorkflowOutcome outcome, int status)
    {
        var before = (await _db.Reports.ListHistoryAsync(id)).Count;
        var notifications = _db.Scalar("SELECT COUNT(*) FROM citizens_notifications");
        var result = await act();
        Assert.Equal(outcome, result.Outcome);
        Assert.Equal(status, ReportWorkflowRefusals.StatusCode(result));
        Assert.False(string.IsNullOrEmpty(ReportWorkflowRefusals.Detail(result, id, "x", _db.Workflow.Options)));
        Assert.Equal(before, (await _db.Reports.ListHistoryAsync(id)).Count);
        Assert.Equal(notifications, _db.Scalar("SELECT COUNT(*) FROM citizens_notifications"));
        return result;
    }

    public void Dispose() => _db.Dispose();
}
