namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// A service level in working time: days to acknowledge and to fix (fractions allowed; a working day is the calendar's
/// opening hours), hours before the fix due date that count as due soon, and hours of overdue working time per
/// escalation step.
/// </summary>
public sealed record PolicyDocument(double? AcknowledgeDays, double? FixDays, double? DueSoonHours, double? EscalateEveryHours);
