using System.Globalization;
using Polis.Citizens.Reports.Lifecycle;

namespace Polis.Citizens.Notifications;

/// <summary>
/// The words of a reporter's notification. Plain text: pages encode it. A fixed report's notice says until when the
/// reporter may confirm the fix or reopen (the reopen window, in UTC), so the resident need not look it up.
/// </summary>
public static class ReportNoticeText
{
    public static ResidentNotice StatusChanged(long reportId, ReportStatus to, string? note, DateTimeOffset? reopenUntil)
    {
        var text = $"Your report #{reportId.ToString(CultureInfo.InvariantCulture)} is now '{ReportStatuses.Name(to)}'.";
        if (note is not null)
        {
            text += $" The city says: {note}";
        }

        if (reopenUntil is { } until && to is ReportStatus.Fixed or ReportStatus.Closed)
        {
            var what = to == ReportStatus.Fixed ? "confirm the fix or reopen the report" : "reopen the report";
            text += $" You can {what} until {until.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.";
        }

        return new ResidentNotice(ResidentNotificationKind.Status, text);
    }

    public static ResidentNotice NoteAdded(long reportId, string note) =>
        new(ResidentNotificationKind.Note, $"New note on your report #{reportId.ToString(CultureInfo.InvariantCulture)}: {note}");
}
