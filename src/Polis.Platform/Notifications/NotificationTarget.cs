using Polis.Platform.Alarms;

namespace Polis.Platform.Notifications;

/// <summary>
/// A webhook that receives alarm changes. Empty filter lists match everything; non-empty ones must
/// all match (severity AND profile AND district).
/// </summary>
public sealed record NotificationTarget(
    Guid Id,
    string Name,
    Uri Url,
    bool Enabled,
    IReadOnlyList<AlarmSeverity> Severities,
    IReadOnlyList<string> ProfileIds,
    IReadOnlyList<string> Districts,
    IReadOnlyList<AlarmChange> Changes)
{
    public bool Matches(Alarm alarm, AlarmChange change) =>
        Enabled &&
        (Changes.Count == 0 || Changes.Contains(change)) &&
        (Severities.Count == 0 || Severities.Contains(alarm.Severity)) &&
        (ProfileIds.Count == 0 || (alarm.ProfileId is not null && ProfileIds.Contains(alarm.ProfileId))) &&
        (Districts.Count == 0 || (alarm.District is not null && Districts.Contains(alarm.District)));
}
