using Polis.Citizens.Notifications;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Tests.Reports.Workflow;

namespace Polis.Citizens.Tests.Notifications;

/// <summary>
/// The reporter's inbox on a real SQLite file: one notification per public change, written with the history entry;
/// none for internal notes, for Open311 reports or for the reporter's own action; reads confined to one's own inbox.
/// </summary>
public sealed class ReportNotificationTests : IDisposable
{
    private readonly WorkflowDatabase _db = new();

    private Task<IReadOnlyList<ResidentNotification>> InboxAsync(bool unreadOnly = false, string user = WorkflowDatabase.Resident) =>
        _db.Notifications.ListAsync(user, unreadOnly, 0, 100);

    [Fact]
    public async Task PublicFix_OneStatusNotificationSayingUntilWhenToConfirmOrReopen()
    {
        var id = await _db.FileAsync();
        var fixedAt = _db.Clock.GetUtcNow();
        await _db.StaffAsync(id, ReportStatus.Fixed, "Filled with asphalt.");

        var notice = Assert.Single(await InboxAsync());
        Assert.Equal((id, ResidentNotificationKind.Status, fixedAt, (DateTimeOffset?)null), (notice.ReportId, notice.Kind, notice.CreatedAt, notice.ReadAt));
        var until = fixedAt.AddDays(14).UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal($"Your report #{id} is now 'fixed'. The city says: Filled with asphalt. You can confirm the fix or reopen the report until {until} UTC.", notice.Text);
    }

    [Fact]
    public async Task InternalNotesAndInternalChanges_NoNotification_PublicNoteOne()
    {
        var id = await _db.FileAsync();
        Assert.True((await _db.Workflow.AddNoteAsync(id, "Needs the big roller.", isPublic: false, "crew@city", _db.Clock.GetUtcNow())).Succeeded);
        Assert.True((await _db.StaffAsync(id, ReportStatus.Confirmed, "checked", isPublic: false)).Succeeded);
        Assert.Empty(await InboxAsync());

        Assert.True((await _db.Workflow.AddNoteAsync(id, "Crew booked for Monday.", isPublic: true, "crew@city", _db.Clock.GetUtcNow())).Succeeded);
        var notice = Assert.Single(await InboxAsync());
        Assert.Equal((ResidentNotificationKind.Note, $"New note on your report #{id}: Crew booked for Monday."), (notice.Kind, notice.Text));
    }

    [Fact]
    public async Task Open311ReportAndReportersOwnAction_NoNotification()
    {
        var fromClient = await _db.FileAsync(reporter: null);
        await _db.StaffAsync(fromClient, ReportStatus.Fixed);
        Assert.Equal(0, _db.Scalar("SELECT COUNT(*) FROM citizens_notifications"));

        var mine = await _db.FileAsync();
        await _db.StaffAsync(mine, ReportStatus.Fixed);
        Assert.True((await _db.ReporterAsync(mine, ReportStatus.Closed, "Thanks!")).Succeeded);
        Assert.Single(await InboxAsync());
    }

    [Fact]
    public async Task InboxNewestFirst_UnreadFilter_MarkReadOwnOnlyKeepingFirstTime()
    {
        var id = await _db.FileAsync();
        await _db.StaffAsync(id, ReportStatus.Confirmed);
        await _db.StaffAsync(id, ReportStatus.InProgress);
        await _db.StaffAsync(id, ReportStatus.Fixed);
        var inbox = await InboxAsync();
        Assert.Equal(3, inbox.Count);
        Assert.Contains("'fixed'", inbox[0].Text, StringComparison.Ordinal);
        Assert.Equal(inbox.Select(n => n.Id).OrderDescending(), inbox.Select(n => n.Id));
        Assert.Equal([inbox[1].Id], (await _db.Notifications.ListAsync(WorkflowDatabase.Resident, false, 1, 1)).Select(n => n.Id));

        Assert.Null(await _db.Notifications.MarkReadAsync("user-bob", inbox[1].Id, _db.Clock.GetUtcNow()));
        var readAt = _db.Clock.GetUtcNow();
        Assert.Equal(readAt, (await _db.Notifications.MarkReadAsync(WorkflowDatabase.Resident, inbox[1].Id, readAt))!.ReadAt);
        _db.Clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(readAt, (await _db.Notifications.MarkReadAsync(WorkflowDatabase.Resident, inbox[1].Id, _db.Clock.GetUtcNow()))!.ReadAt);
        Assert.Equal([inbox[0].Id, inbox[2].Id], (await InboxAsync(unreadOnly: true)).Select(n => n.Id));
        Assert.Empty(await InboxAsync(user: "user-bob"));
    }

    public void Dispose() => _db.Dispose();
}
