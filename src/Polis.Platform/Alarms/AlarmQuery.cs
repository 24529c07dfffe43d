namespace Polis.Platform.Alarms;

/// <summary>Filters and paging of the alarm list; filters combine with AND.</summary>
public sealed record AlarmQuery(
    IReadOnlyCollection<AlarmStatus>? Statuses = null,
    IReadOnlyCollection<AlarmSeverity>? Severities = null,
    string? DeviceId = null,
    string? RuleId = null,
    string? ProfileId = null,
    string? District = null,
    string? Assignee = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    int Offset = 0,
    int Limit = 100);
