using System.Security.Claims;
using Polis.Citizens.Notifications;
using Polis.Platform.Identity;

namespace Polis.Dashboard.Citizens.Reports;

/// <summary>A resident's notifications about their reports: unread counts for the list, and a report's own marked read once shown.</summary>
public sealed class ResidentInbox(IResidentNotificationStore notifications, TimeProvider clock)
{
    // The inbox is read whole (newest first); a resident has few reports, and the API pages at the same size.
    private const int InboxSize = 500;

    /// <summary>Unread notifications per report id.</summary>
    public async Task<IReadOnlyDictionary<long, int>> UnreadByReportAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        (await notifications.ListAsync(user.RequiredUserId(), unreadOnly: true, 0, InboxSize, cancellationToken))
            .GroupBy(n => n.ReportId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>The report's notifications, newest first, as they were before this read; the unread ones are then marked read.</summary>
    public async Task<IReadOnlyList<ResidentNotification>> ReadForReportAsync(ClaimsPrincipal user, long reportId, CancellationToken cancellationToken = default)
    {
        var userId = user.RequiredUserId();
        var forReport = (await notifications.ListAsync(userId, unreadOnly: false, 0, InboxSize, cancellationToken)).Where(n => n.ReportId == reportId).ToList();
        var now = clock.GetUtcNow();
        foreach (var unread in forReport.Where(n => n.ReadAt is null))
        {
            await notifications.MarkReadAsync(userId, unread.Id, now, cancellationToken);
        }

        return forReport;
    }
}
