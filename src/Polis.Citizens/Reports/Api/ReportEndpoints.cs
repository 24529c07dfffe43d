using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;
using Polis.Citizens.Reports.Workflow;
using Polis.Platform.Identity;

namespace Polis.Citizens.Reports.Api;

/// <summary>
/// The operators' view of reports under /api/v1/citizens/reports: list with filters and paging, one report with its
/// history, status changes (through the lifecycle rules of ReportWorkflow) and notes. Every change is a history entry with actor,
/// time, old and new status and note.
/// </summary>
public static class ReportEndpoints
{
    public const int MaxNoteLength = 4000;
    public const int MaxLimit = 1000;

    public static IEndpointRouteBuilder MapReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/citizens/reports").WithTags("Citizens").RequireAuthorization(PolisPolicies.Read);
        group.MapGet("/", ListAsync).WithName("ListReports").WithSummary("Reports newest first, by status, service, department and time made.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetReport").WithSummary("One report with its history.");
        group.MapPost("/{id:long}/status", ChangeStatusAsync).WithName("ChangeReportStatus").WithSummary("Moves a report to another status with a note.").RequireAuthorization(PolisPolicies.Write);
        group.MapPost("/{id:long}/notes", AddNoteAsync).WithName("AddReportNote").WithSummary("Adds an internal or public note.").RequireAuthorization(PolisPolicies.Write);
        return endpoints;
    }

    public static async Task<Results<Ok<List<ReportResponse>>, ValidationProblem>> ListAsync(
        IReportStore store, string? status, string? serviceCode, string? department, DateTimeOffset? from, DateTimeOffset? to, int? offset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var statuses = (status ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (statuses.FirstOrDefault(s => ReportStatuses.Parse(s) is null) is { } unknown)
        {
            return CitizensReportProblems.Invalid("status", $"Unknown status '{unknown}': use {string.Join(", ", Enum.GetValues<ReportStatus>().Select(ReportStatuses.Name))}.");
        }

        if (offset is < 0 || limit is < 1 or > MaxLimit)
        {
            return CitizensReportProblems.Invalid("paging", $"offset must be >= 0 and limit between 1 and {MaxLimit}.");
        }

        var query = new ReportQuery(
            ServiceCodes: serviceCode is null ? null : [serviceCode], From: from, To: to,
            Statuses: statuses.Length == 0 ? null : statuses.Select(s => ReportStatuses.Name(ReportStatuses.Parse(s)!.Value)).ToList(),
            Department: department, Offset: offset ?? 0, Limit: limit ?? 100);
        return TypedResults.Ok((await store.QueryAsync(query, cancellationToken)).Select(ReportResponse.From).ToList());
    }

    public static async Task<Results<Ok<ReportDetailResponse>, ProblemHttpResult>> GetAsync(long id, IReportStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (await store.GetAsync(id, cancellationToken) is not { } report)
        {
            return CitizensReportProblems.NotFound("report", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var history = await store.ListHistoryAsync(id, cancellationToken);
        return TypedResults.Ok(new ReportDetailResponse(ReportResponse.From(report), history.Select(ReportHistoryResponse.From).ToList()));
    }

    public static async Task<Results<Ok<ReportHistoryResponse>, ValidationProblem, ProblemHttpResult>> ChangeStatusAsync(
        long id, ReportStatusRequest request, ClaimsPrincipal user, ReportWorkflow workflow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(workflow);
        if (ReportStatuses.Parse(request.Status) is not { } status)
        {
            return CitizensReportProblems.Invalid("status", $"status is required: one of {string.Join(", ", Enum.GetValues<ReportStatus>().Select(ReportStatuses.Name))}.");
        }

        if (request.Note?.Length > MaxNoteLength)
        {
            return CitizensReportProblems.Invalid("note", $"A note is at most {MaxNoteLength} characters.");
        }

        var duplicateOf = request.DuplicateOf?.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var change = new ReportWorkflowRequest(status, ReportLifecycleActor.Staff, user.ActorName(), request.Note, request.Public ?? true, duplicateOf);
        return ReportWorkflowProblem.Answer(await workflow.ChangeStatusAsync(id, change, cancellationToken), id, duplicateOf, workflow);
    }

    public static async Task<Results<Ok<ReportHistoryResponse>, ValidationProblem, ProblemHttpResult>> AddNoteAsync(
        long id, ReportNoteRequest request, ClaimsPrincipal user, ReportWorkflow workflow, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(workflow);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (Note(request.Text) is not { } text || request.Text!.Length > MaxNoteLength)
        {
            return CitizensReportProblems.Invalid("text", $"text is required, at most {MaxNoteLength} characters.");
        }

        var added = await workflow.AddNoteAsync(id, text, request.Public ?? false, user.ActorName(), timeProvider.GetUtcNow(), cancellationToken: cancellationToken);
        return ReportWorkflowProblem.Answer(added, id, null, workflow);
    }

    private static string? Note(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
