using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Sla;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// The operators' queue, computed from open reports: each report's SLA state on the working calendar now, ordered by
/// urgency (overdue first, then by fix due date, reports without one last; ties by id), and the per-department counts.
/// </summary>
public sealed class QueueView(CityServiceLevels levels, IReadOnlyDictionary<string, string?> serviceGroups, TimeProvider clock)
{
    private readonly SlaClock _sla = new(levels.Calendar, clock);

    /// <summary>Every report as a queue item, most urgent first.</summary>
    public IReadOnlyList<QueueItem> Items(IEnumerable<Report> openReports) =>
        [.. openReports.Select(Item)
            .OrderBy(i => i.Sla == SlaStates.Overdue ? 0 : i.DueAt is null ? 2 : 1)
            .ThenBy(i => i.DueAt ?? DateTimeOffset.MaxValue)
            .ThenBy(i => i.Id)];

    /// <summary>Counts per department (reports without one under the default department), by department id.</summary>
    public static IReadOnlyList<QueueSummary> Summarise(IEnumerable<QueueItem> items, string defaultDepartment) =>
        [.. items.GroupBy(i => i.Department ?? defaultDepartment, StringComparer.OrdinalIgnoreCase)
            .Select(g => new QueueSummary(g.Key, g.Count(), g.Count(i => i.Sla == SlaStates.OnTrack), g.Count(i => i.Sla == SlaStates.DueSoon),
                g.Count(i => i.Sla == SlaStates.Overdue), g.Count(i => i.Sla == SlaStates.Unscheduled)))
            .OrderBy(s => s.Department, StringComparer.Ordinal)];

    private QueueItem Item(Report report)
    {
        var ladder = levels.LadderFor(report.Department);
        var target = report.DueAt is { } due
            ? _sla.Against(due, null, levels.Policies.For(report.ServiceCode, serviceGroups.GetValueOrDefault(report.ServiceCode)), ladder)
            : null;
        return new QueueItem(
            report.Id, report.ServiceCode, ReportStatuses.Name(report.Status), report.Department, report.Description, report.Address, report.Latitude, report.Longitude,
            report.RequestedAt, report.AcknowledgeDueAt, report.Status != ReportStatus.Submitted, report.DueAt,
            target is null ? SlaStates.Unscheduled : SlaStates.Name(target.State),
            Math.Round(target?.WorkingTimeLeft.TotalHours ?? 0, 4), Math.Round(target?.WorkingTimeOverdue.TotalHours ?? 0, 4),
            report.EscalationLevel, ladder.At(report.EscalationLevel));
    }
}
