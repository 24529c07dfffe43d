namespace Polis.Citizens.Notifications;

/// <summary>
/// What to tell a report's reporter about one history entry: the store writes it, to the report's reporter, in the
/// transaction that writes the entry (a report filed without a signed-in reporter gets none).
/// </summary>
public sealed record ResidentNotice(ResidentNotificationKind Kind, string Text);
