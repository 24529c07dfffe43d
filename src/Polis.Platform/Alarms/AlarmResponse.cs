using System.Text.Json.Nodes;
using Polis.Platform.Devices.Api;

namespace Polis.Platform.Alarms;

/// <summary>An alarm as the API shows it, with its history when one alarm is read.</summary>
public sealed record AlarmResponse(
    Guid Id,
    string DeviceId,
    string RuleId,
    string Name,
    AlarmSeverity Severity,
    AlarmStatus Status,
    string? ProfileId,
    string? District,
    JsonNode? Details,
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
    IReadOnlyList<AlarmEvent>? History = null)
{
    public static AlarmResponse From(Alarm a, IReadOnlyList<AlarmEvent>? history = null) => new(
        a.Id, a.DeviceId, a.RuleId, a.Name, a.Severity, a.Status, a.ProfileId, a.District, JsonValues.ParseOrText(a.DetailsJson),
        a.StartedAt, a.LastTriggeredAt, a.TriggerCount, a.AcknowledgedAt, a.AcknowledgedBy, a.ClearedAt, a.ClearedBy,
        a.Assignee, a.EscalationLevel, a.EscalatedAt, history);
}
