using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Routing;
using Polis.Citizens.Reports.Api;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Open311;
using Polis.Citizens.Reports.Store;
using Polis.Citizens.Reports.Workflow;
using Polis.Platform.Identity;

namespace Polis.Citizens.Reports.Mine;

/// <summary>
/// A signed-in resident's own reports under /api/v1/me/reports: file one (JSON, or multipart with a photo), list and
/// read their own (public history only), confirm a fix or reopen through <see cref="ReportWorkflow"/> as the
/// reporter. Another resident's report answers 404, as an unknown one does. Reporting needs no verification.
/// </summary>
public static class MyReportEndpoints
{
    public const int MaxLimit = 100;

    public static IEndpointRouteBuilder MapMyReportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/me/reports").WithTags("Residents").RequireAuthorization(PolisPolicies.Resident);
        group.MapPost("/", FileAsync).WithName("FileMyReport").WithSummary("Files a report (JSON, or multipart with a media photo) as the signed-in resident.").DisableAntiforgery();
        group.MapGet("/", ListAsync).WithName("ListMyReports").WithSummary("The resident's own reports, newest first.");
        group.MapGet("/{id:long}", GetAsync).WithName("GetMyReport").WithSummary("One of the resident's reports with its public history.");
        group.MapPost("/{id:long}/confirm", ConfirmAsync).WithName("ConfirmMyReportFix").WithSummary("Confirms a fix: fixed → closed.");
        group.MapPost("/{id:long}/reopen", ReopenAsync).WithName("ReopenMyReport").WithSummary("Reopens a fixed or closed report (note required).");
        return endpoints;
    }

    public static async Task<Results<Created<MyReportResponse>, ProblemHttpResult>> FileAsync(
        HttpRequest request, ClaimsPrincipal user, UserManager<PolisUser> users, MyReportFiling filing, ReportWorkflow workflow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(users);
        ArgumentNullException.ThrowIfNull(filing);
        ArgumentNullException.ThrowIfNull(workflow);
        var userId = UserId(user);
        var account = await users.FindByIdAsync(userId);
        var (report, error) = await filing.FileAsync(request, userId, account?.Email, account?.DisplayName, cancellationToken);
        return report is null
            ? TypedResults.Problem(error + " Nothing was stored.", statusCode: StatusCodes.Status400BadRequest, title: "Report refused")
            : TypedResults.Created($"/api/v1/me/reports/{report.Id}", MyReportResponse.From(report, workflow.ReopenUntil(report.LifecycleState)));
    }

    public static async Task<Results<Ok<List<MyReportResponse>>, ValidationProblem>> ListAsync(
        ClaimsPrincipal user, IReportStore store, ReportWorkflow workflow, int? offset, int? limit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(workflow);
        if (offset is < 0 || limit is < 1 or > MaxLimit)
        {
            return CitizensReportProblems.Invalid("paging", $"offset must be >= 0 and limit between 1 and {MaxLimit}.");
        }

        var mine = await store.QueryAsync(new ReportQuery(ReporterUserId: UserId(user), Offset: offset ?? 0, Limit: limit ?? 20), cancellationToken);
        return TypedResults.Ok(mine.Select(r => MyReportResponse.From(r, workflow.ReopenUntil(r.LifecycleState))).ToList());
    }

    public static async Task<Results<Ok<MyReportDetailResponse>, ProblemHttpResult>> GetAsync(
        long id, ClaimsPrincipal user, IReportStore store, ReportWorkflow workflow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(workflow);
        if (await store.GetAsync(id, cancellationToken) is not { } report || report.ReporterUserId != UserId(user))
        {
            return CitizensReportProblems.NotFound("report", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        var history = (await store.ListHistoryAsync(id, cancellationToken)).Where(h => h.Public).Select(MyReportHistoryResponse.From).ToList();
        return TypedResults.Ok(new MyReportDetailResponse(MyReportResponse.From(report, workflow.ReopenUntil(report.LifecycleState)), history));
    }

    public static Task<Results<Ok<MyReportHistoryResponse>, ProblemHttpResult>> ConfirmAsync(
        long id, MyReportActionRequest? request, ClaimsPrincipal user, ReportWorkflow workflow, CancellationToken cancellationToken) =>
        ActAsync(id, ReportStatus.Closed, PlainNote(request?.Note), user, workflow, cancellationToken);

    public static async Task<Results<Ok<MyReportHistoryResponse>, ProblemHttpResult>> ReopenAsync(
        long id, MyReportActionRequest? request, ClaimsPrincipal user, ReportWorkflow workflow, CancellationToken cancellationToken)
    {
        var note = PlainNote(request?.Note);
        if (note is null)
        {
            return TypedResults.Problem("Reopening needs a note saying what is still wrong.", statusCode: StatusCodes.Status400BadRequest, title: "Note required",
                extensions: new Dictionary<string, object?>(StringComparer.Ordinal) { ["reason"] = nameof(ReportLifecycleRefusal.NoteRequired) });
        }

        return await ActAsync(id, ReportStatus.Confirmed, note, user, workflow, cancellationToken);
    }

    private static async Task<Results<Ok<MyReportHistoryResponse>, ProblemHttpResult>> ActAsync(
        long id, ReportStatus to, string? note, ClaimsPrincipal user, ReportWorkflow workflow, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        var userId = UserId(user);
        var change = new ReportWorkflowRequest(to, ReportLifecycleActor.Reporter, $"resident:{userId}", note, Public: true, ReporterUserId: userId);
        var result = await workflow.ChangeStatusAsync(id, change, cancellationToken);
        return result.Succeeded ? TypedResults.Ok(MyReportHistoryResponse.From(result.Entry!)) : ReportWorkflowProblem.From(result, id, null, workflow);
    }

    /// <summary>A resident's note as plain text, like a report's description; one too long is kept so the rules refuse it as too long.</summary>
    private static string? PlainNote(string? note)
    {
        var plain = ReportText.ToPlainText(note, ReportIntake.MaxDescriptionLength);
        return plain.Refusal is ReportTextRefusal.TooLong ? note : plain.Text;
    }

    private static string UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier) ?? string.Empty;
}
