namespace Polis.Citizens.Notifications;

/// <summary>One message in a resident's inbox about one of their reports; <see cref="ReadAt"/> is null while unread.</summary>
public sealed record ResidentNotification(long Id, string UserId, long ReportId, ResidentNotificationKind Kind, string Text, DateTimeOffset CreatedAt, DateTimeOffset? ReadAt);
