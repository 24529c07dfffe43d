using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// The service-level side of stored reports: open reports by due date for the queue and the escalation sweep, and
/// the columns this part writes (due dates of reports filed before service levels, escalation levels).
/// </summary>
public interface IServiceLevelReports
{
    /// <summary>Open reports (of <paramref name="department"/>, or all), by fix due date, those without one last.</summary>
    Task<IReadOnlyList<Report>> ListOpenAsync(string? department, CancellationToken cancellationToken = default);

    /// <summary>Open reports whose fix due date is before <paramref name="now"/>, earliest first.</summary>
    Task<IReadOnlyList<Report>> ListOverdueAsync(DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>Open reports without a fix due date (filed before service levels applied).</summary>
    Task<IReadOnlyList<Report>> ListUnscheduledAsync(CancellationToken cancellationToken = default);

    /// <summary>Sets both due dates of a report that has none; false when it has one already (or does not exist).</summary>
    Task<bool> ScheduleAsync(long reportId, DateTimeOffset acknowledgeDueAt, DateTimeOffset dueAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Raises an open report's escalation level to <paramref name="level"/> and records who was told, in one
    /// transaction; false when the report is closed or already at that level or beyond (another sweep took the step).
    /// </summary>
    Task<bool> EscalateAsync(long reportId, int level, string recipient, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Escalated reports that are no longer open and whose escalation is not yet settled (alarm cleared).</summary>
    Task<IReadOnlyList<long>> ListUnsettledDoneAsync(CancellationToken cancellationToken = default);

    /// <summary>Marks an escalated report's escalation settled: its alarm was cleared.</summary>
    Task SettleAsync(long reportId, CancellationToken cancellationToken = default);
}
