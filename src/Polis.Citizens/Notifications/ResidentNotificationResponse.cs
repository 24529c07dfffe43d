namespace Polis.Citizens.Notifications;

/// <summary>A notification in the resident's inbox; <see cref="ReadAt"/> is null while unread.</summary>
public sealed record ResidentNotificationResponse(long Id, long ReportId, string Kind, string Text, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt)
{
    public static ResidentNotificationResponse From(ResidentNotification notification)
    {
        ArgumentNullException.ThrowIfNull(notification);
        return new(notification.Id, notification.ReportId, ResidentNotificationKinds.Name(notification.Kind), notification.Text, notification.CreatedAt, notification.ReadAt);
    }
}
