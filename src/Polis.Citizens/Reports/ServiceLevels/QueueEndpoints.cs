using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Catalogue;
using Polis.Platform.Identity;

namespace Polis.Citizens.Reports.ServiceLevels;

/// <summary>
/// The operators' queue (<c>/api/v1/citizens/queue</c>): open reports of a department by urgency with their SLA state,
/// and per-department counts (<c>/queue/summary</c>); what the operators' queue page shows.
/// </summary>
public static class QueueEndpoints
{
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapQueueEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens/queue").WithTags("Citizens").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("GetQueueView").WithSummary("Open reports by urgency (overdue first, then due date) with their SLA state.");
        group.MapGet("/summary", SummaryAsync).WithName("GetQueueViewSummary").WithSummary("Per department: open, on track, due soon, overdue, unscheduled.");
        return endpoints;
    }

    public static async Task<Results<Ok<List<QueueItem>>, ValidationProblem>> ListAsync(
        string? department, string? sla, int? offset, int? limit, IServiceLevelReports reports, IServiceCatalogueStore catalogue,
        ServiceLevelSettings settings, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var states = (sla ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var problems = new ServiceLevelProblems();
        if (states.FirstOrDefault(s => !SlaStates.Filterable.Contains(s, StringComparer.OrdinalIgnoreCase)) is { } unknown)
        {
            problems.Add("sla", $"Unknown SLA state '{unknown}': use {string.Join(", ", SlaStates.Filterable)} (a comma list).");
        }

        if (offset is < 0 || limit is < 1 or > MaxLimit)
        {
            problems.Add("paging", $"offset must be >= 0 and limit between 1 and {MaxLimit}.");
        }

        if (problems.Any)
        {
            return TypedResults.ValidationProblem(problems.ToDictionary());
        }

        var queue = await QueueAsync(catalogue, settings, timeProvider, cancellationToken);
        var items = queue.Items(await reports.ListOpenAsync(string.IsNullOrWhiteSpace(department) ? null : department.Trim(), cancellationToken));
        return TypedResults.Ok(items
            .Where(i => states.Length == 0 || states.Contains(i.Sla, StringComparer.OrdinalIgnoreCase))
            .Skip(offset ?? 0).Take(limit ?? 100).ToList());
    }

    public static async Task<Ok<IReadOnlyList<QueueSummary>>> SummaryAsync(
        IServiceLevelReports reports, IServiceCatalogueStore catalogue, ServiceLevelSettings settings, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reports);
        ArgumentNullException.ThrowIfNull(settings);
        var queue = await QueueAsync(catalogue, settings, timeProvider, cancellationToken);
        var levels = await settings.GetAsync(cancellationToken);
        return TypedResults.Ok(QueueView.Summarise(queue.Items(await reports.ListOpenAsync(null, cancellationToken)), levels.Routing.Default.Id));
    }

    private static async Task<QueueView> QueueAsync(IServiceCatalogueStore catalogue, ServiceLevelSettings settings, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        ArgumentNullException.ThrowIfNull(settings);
        var groups = (await catalogue.ListAsync(includeInactive: true, cancellationToken)).ToDictionary(s => s.Service.Code, s => s.Service.Group, StringComparer.OrdinalIgnoreCase);
        return new QueueView(await settings.GetAsync(cancellationToken), groups, timeProvider);
    }
}
