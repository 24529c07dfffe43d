using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.ServiceLevels;
using Polis.Dashboard.Components.Shared;

namespace Polis.Dashboard.Citizens.Operations;

/// <summary>
/// The operators' queue page reads through the queue API's own handlers in process, so the page lists exactly what
/// <c>GET /api/v1/citizens/queue</c> and <c>/queue/summary</c> answer (same order, same states, same filter checks).
/// </summary>
public sealed class ReportQueueReader(IServiceLevelReports reports, IServiceCatalogueStore catalogue, ServiceLevelSettings settings, TimeProvider time)
{
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Every department of the routing settings with its counts; departments with open reports but no longer routed to are kept.</summary>
    public async Task<IReadOnlyList<DepartmentCounts>> DepartmentsAsync(CancellationToken cancellationToken = default)
    {
        var routing = (await settings.GetAsync(cancellationToken)).Routing;
        var summary = (await QueueEndpoints.SummaryAsync(reports, catalogue, settings, time, cancellationToken)).Value ?? [];
        var counts = summary.ToDictionary(s => s.Department, StringComparer.OrdinalIgnoreCase);
        var known = routing.Departments.Select(d => new DepartmentCounts(d.Id, d.Name, counts.GetValueOrDefault(d.Id) ?? Empty(d.Id)));
        var unrouted = summary.Where(s => routing.Find(s.Department) is null).Select(s => new DepartmentCounts(s.Department, s.Department, s));
        return [.. known.Concat(unrouted).OrderBy(d => d.Name, StringComparer.CurrentCulture)];
    }

    /// <summary>Open reports most urgent first, of one department (all when null), in the given SLA states (all when null).</summary>
    public async Task<PageAnswer<List<QueueItem>>> QueueAsync(string? department, string? sla, CancellationToken cancellationToken = default) =>
        PageAnswer<List<QueueItem>>.Of((await QueueEndpoints.ListAsync(department, sla, 0, QueueEndpoints.MaxLimit, reports, catalogue, settings, time, cancellationToken)).Result);

    private static QueueSummary Empty(string department) => new(department, 0, 0, 0, 0, 0);
}
