namespace Polis.Platform.Alarms;

/// <summary>
/// One alarm of one device for one rule (or one source such as a leak detector). At most one alarm per
/// (device, rule) is open at a time; repeated triggers update it (<see cref="TriggerCount"/>,
/// <see cref="LastTriggeredAt"/>, <see cref="Details"/>). <see cref="District"/> and
/// <see cref="ProfileId"/> are copied from the device when raised so district views need no join.
/// <see cref="Version"/> guards concurrent changes (optimistic concurrency).
/// </summary>
public sealed record Alarm(
    Guid Id,
    string DeviceId,
    string RuleId,
    string Name,
    AlarmSeverity Severity,
    AlarmStatus Status,
    string? ProfileId,
    string? District,
    string DetailsJson,
    DateTimeOffset StartedAt,
    DateTimeOffset LastTriggeredAt,
    int TriggerCount,
    DateTimeOffset? AcknowledgedAt,
    string? AcknowledgedBy,
    DateTimeOffset? ClearedAt,
    string? ClearedBy,
    string? Assignee,
    int EscalationLevel,
    DateTimeOffset? EscalatedAt,
    int Version)
{
    public bool IsOpen => Status != AlarmStatus.Cleared;
}
