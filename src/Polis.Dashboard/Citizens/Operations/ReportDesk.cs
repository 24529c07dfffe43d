using System.Security.Claims;
using Polis.Citizens.Reports.Api;
using Polis.Citizens.Reports.Duplicates;
using Polis.Citizens.Reports.Duplicates.Api;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Moderation.Api;
using Polis.Citizens.Reports.OneCity;
using Polis.Citizens.Reports.Store;
using Polis.Citizens.Reports.Support;
using Polis.Citizens.Reports.Support.Api;
using Polis.Citizens.Reports.Workflow;
using Polis.Dashboard.Components.Shared;
using Polis.Dashboard.Overview;

namespace Polis.Dashboard.Citizens.Operations;

/// <summary>
/// The report desk: reads one report through the operators' endpoints' handlers and changes its status or adds notes
/// through <see cref="ReportWorkflow"/> (the status endpoint's handler), after re-reading the account's roles as the
/// other operator pages do, so the page refuses exactly what the API refuses and says it in the same words.
/// </summary>
public sealed class ReportDesk(
    OperatorActions access, IReportStore reports, ReportWorkflow workflow, ModerationDesk moderation, DuplicateSearch duplicates, ReportSupport support,
    IReportModerationStore moderationStore, IAlarmReportStore alarmLinks, DevicesNearReports devicesNear, TimeProvider time)
{
    public const string NotAllowed = "Only operators and admins may change reports.";

    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>The statuses staff may move a report in <paramref name="status"/> to: the only ones the form offers.</summary>
    public static IReadOnlyList<ReportStatus> MovesFrom(ReportStatus status) =>
        [.. Enum.GetValues<ReportStatus>().Where(to => ReportLifecycle.StaffMayMove(status, to))];

    /// <summary>The report as the desk shows it, or null when there is none.</summary>
    public async Task<ReportDeskView?> LoadAsync(ClaimsPrincipal user, long id, CancellationToken cancellationToken = default)
    {
        if ((await ReportEndpoints.GetAsync(id, reports, cancellationToken)).Result is not Microsoft.AspNetCore.Http.HttpResults.Ok<ReportDetailResponse> { Value: { } detail })
        {
            return null;
        }

        var moderated = PageAnswer<ModerationResponse>.Of((await ModerationEndpoints.GetAsync(id, reports, moderation, cancellationToken)).Result).Value!;
        var candidates = PageAnswer<List<DuplicateCandidateResponse>>.Of((await DuplicateEndpoints.CandidatesAsync(id, reports, duplicates, support, cancellationToken)).Result);
        var devices = PageAnswer<ReportDevicesResponse>.Of(
            (await OneCityEndpoints.DevicesAsync(id, null, reports, alarmLinks, devicesNear, cancellationToken)).Result).Value;
        var meToo = PageAnswer<SupportResponse>.Of((await SupportEndpoints.GetAsync(id, user, reports, moderationStore, support, cancellationToken)).Result).Value?.Count ?? 0;
        return new ReportDeskView(detail, moderated, candidates.Value ?? [], candidates.Problem, devices, meToo);
    }

    public async Task<PageAnswer<ReportHistoryResponse>> ChangeStatusAsync(ClaimsPrincipal user, long id, ReportStatusRequest request, CancellationToken cancellationToken = default) =>
        await access.MayStillWriteAsync(user)
            ? PageAnswer<ReportHistoryResponse>.Of((await ReportEndpoints.ChangeStatusAsync(id, request, user, workflow, cancellationToken)).Result)
            : new PageAnswer<ReportHistoryResponse>(null, NotAllowed);

    public async Task<PageAnswer<ReportHistoryResponse>> AddNoteAsync(ClaimsPrincipal user, long id, ReportNoteRequest request, CancellationToken cancellationToken = default) =>
        await access.MayStillWriteAsync(user)
            ? PageAnswer<ReportHistoryResponse>.Of((await ReportEndpoints.AddNoteAsync(id, request, user, workflow, time, cancellationToken)).Result)
            : new PageAnswer<ReportHistoryResponse>(null, NotAllowed);
}
