namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// One open report in the operators' queue: where it is and what it is, its due dates and SLA state (<c>on_track</c>,
/// <c>due_soon</c>, <c>overdue</c>; <c>unscheduled</c> until the escalation sweep gives it a due date), working hours
/// left or overdue, the stored escalation level and who was told at it.
/// </summary>
public sealed record QueueItem(
    long Id, string ServiceCode, string Status, string? Department, string? Description, string? Address, double? Latitude, double? Longitude,
    DateTimeOffset RequestedAt, DateTimeOffset? AcknowledgeDueAt, bool Acknowledged, DateTimeOffset? DueAt, string Sla,
    double WorkingHoursLeft, double WorkingHoursOverdue, int EscalationLevel, string? EscalatedTo);
