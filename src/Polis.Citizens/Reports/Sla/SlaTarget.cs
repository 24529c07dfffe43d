namespace Polis.Citizens.Reports.Sla;

/// <summary>
/// One service-level target of a report: its due date (city time), its state, the working time left or overdue, the
/// escalation level (0 unless overdue: 1 when it falls due, one more every <see cref="SlaPolicy.EscalateEvery"/>) and
/// who is told at that level.
/// </summary>
public sealed record SlaTarget(DateTimeOffset Due, SlaState State, TimeSpan WorkingTimeLeft, TimeSpan WorkingTimeOverdue, int EscalationLevel, string? EscalateTo);
