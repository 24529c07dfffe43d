namespace Polis.Citizens.Reports.Sla;

/// <summary>
/// A service level for one service code or service group: working time to acknowledge a report and to fix it, how
/// long before a due date it counts as due soon, and every how much overdue working time it escalates one level
/// further. All durations are working time on a <see cref="WorkingCalendar"/>.
/// </summary>
public sealed record SlaPolicy(TimeSpan AcknowledgeWithin, TimeSpan FixWithin, TimeSpan DueSoonWithin, TimeSpan EscalateEvery)
{
    /// <summary>A policy in working days and hours, e.g. <c>InWorkingDays(calendar, 1, 3, dueSoonHours: 4, escalateEveryHours: 8)</c>.</summary>
    public static SlaPolicy InWorkingDays(WorkingCalendar calendar, double acknowledgeDays, double fixDays, double dueSoonHours, double escalateEveryHours)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentOutOfRangeException.ThrowIfNegative(acknowledgeDays);
        ArgumentOutOfRangeException.ThrowIfNegative(fixDays);
        ArgumentOutOfRangeException.ThrowIfNegative(dueSoonHours);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(escalateEveryHours);
        return new SlaPolicy(calendar.Days(acknowledgeDays), calendar.Days(fixDays), TimeSpan.FromHours(dueSoonHours), TimeSpan.FromHours(escalateEveryHours));
    }
}
