using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;
using Polis.Platform.Identity;

namespace Polis.Citizens.Reports.Api;

/// <summary>
/// The operators' view of reports under /api/v1/citizens/reports: list with filters and paging, one report with its
/// history, status changes and notes. Every change is a history entry with actor, time, old and new status and note.
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
        long id, ReportStatusRequest request, ClaimsPrincipal user, IReportStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (ReportStatuses.Parse(request.Status) is not { } status)
        {
            return CitizensReportProblems.Invalid("status", $"status is required: one of {string.Join(", ", Enum.GetValues<ReportStatus>().Select(ReportStatuses.Name))}.");
        }

        return await ApplyAsync(new ReportChange(id, status, Note(request.Note), request.Public ?? true, user.ActorName(), timeProvider.GetUtcNow()), store, request.Note, cancellationToken);
    }

    public static async Task<Results<Ok<ReportHistoryResponse>, ValidationProblem, ProblemHttpResult>> AddNoteAsync(
        long id, ReportNoteRequest request, ClaimsPrincipal user, IReportStore store, TimeProvider timeProvider, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(timeProvider);
        if (Note(request.Text) is null)
        {
            return CitizensReportProblems.Invalid("text", "text is required.");
        }

        return await ApplyAsync(new ReportChange(id, null, Note(request.Text), request.Public ?? false, user.ActorName(), timeProvider.GetUtcNow()), store, request.Text, cancellationToken);
    }

    private static async Task<Results<Ok<ReportHistoryResponse>, ValidationProblem, ProblemHttpResult>> ApplyAsync(
        ReportChange change, IReportStore store, string? rawNote, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (rawNote?.Length > MaxNoteLength)
        {
            return CitizensReportProblems.Invalid("note", $"A note is at most {MaxNoteLength} characters.");
        }

        return await store.ChangeAsync(change, cancellationToken) is { } entry
            ? TypedResults.Ok(ReportHistoryResponse.From(entry))
            : CitizensReportProblems.NotFound("report", change.ReportId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private static string? Note(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
