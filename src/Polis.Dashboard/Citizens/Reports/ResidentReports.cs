using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Polis.Citizens.Notifications;
using Polis.Citizens.Reports.Catalogue;
using Polis.Citizens.Reports.Duplicates;
using Polis.Citizens.Reports.Duplicates.Api;
using Polis.Citizens.Reports.Mine;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Open311;
using Polis.Citizens.Reports.Store;
using Polis.Citizens.Reports.Support;
using Polis.Citizens.Reports.Support.Api;
using Polis.Citizens.Reports.Workflow;
using Polis.Dashboard.Components.Shared;
using Polis.Platform.Identity;

namespace Polis.Dashboard.Citizens.Reports;

/// <summary>
/// The residents' report pages, in process: filing through <see cref="MyReportFiling"/> (the API's checks and photo
/// intake), and everything else through the API's own handlers (nearby reports, "me too", my reports, confirm and
/// reopen), so a page and <c>/api/v1/me/reports</c> refuse alike and in the same words.
/// </summary>
public sealed class ResidentReports(
    IServiceCatalogueStore catalogue, MyReportFiling filing, UserManager<PolisUser> users, IReportStore reports, ReportWorkflow workflow,
    DuplicateSearch search, ReportSupport support, ModerationDesk moderation, IReportModerationStore moderationStore, TimeProvider clock)
{
    /// <summary>The services a resident may report against: the active catalogue.</summary>
    public async Task<IReadOnlyList<ReportService>> ServicesAsync(CancellationToken cancellationToken = default) =>
        [.. (await catalogue.ListAsync(includeInactive: false, cancellationToken)).Select(s => s.Service).OrderBy(s => s.Name, StringComparer.CurrentCulture)];

    public async Task<PageAnswer<MyReportResponse>> FileAsync(ClaimsPrincipal user, Open311Submission submission, IFormFile? photo, Uri publicBase, CancellationToken cancellationToken = default)
    {
        var userId = user.RequiredUserId();
        var account = await users.FindByIdAsync(userId);
        var (report, error) = await filing.FileAsync(submission, photo, publicBase, userId, account?.Email, account?.DisplayName, cancellationToken);
        return report is null ? new(null, error + " Nothing was stored.") : new(MyReportResponse.From(report, workflow.ReopenUntil(report.LifecycleState)), null);
    }

    /// <summary>Open reports of the service near the pin, as GET /api/v1/citizens/reports/nearby answers a resident.</summary>
    public async Task<PageAnswer<List<DuplicateCandidateResponse>>> NearbyAsync(string serviceCode, double latitude, double longitude, CancellationToken cancellationToken = default)
    {
        // The handler reads its query; the page asks it the same question the API would be asked.
        var query = new DefaultHttpContext().Request;
        query.QueryString = QueryString.Create(new KeyValuePair<string, string?>[]
        {
            new("service_code", serviceCode),
            new("lat", latitude.ToString("R", CultureInfo.InvariantCulture)),
            new("long", longitude.ToString("R", CultureInfo.InvariantCulture)),
        });
        return PageAnswer<List<DuplicateCandidateResponse>>.Of((await DuplicateEndpoints.NearbyAsync(query, search, support, moderation, clock, cancellationToken)).Result);
    }

    public async Task<PageAnswer<MeTooResponse>> MeTooAsync(ClaimsPrincipal user, long reportId, CancellationToken cancellationToken = default) =>
        PageAnswer<MeTooResponse>.Of((await SupportEndpoints.MeTooAsync(reportId, user, reports, moderationStore, support, cancellationToken)).Result);

    public async Task<IReadOnlyList<MyReportResponse>> MineAsync(ClaimsPrincipal user, CancellationToken cancellationToken = default) =>
        PageAnswer<List<MyReportResponse>>.Of((await MyReportEndpoints.ListAsync(user, reports, workflow, 0, MyReportEndpoints.MaxLimit, cancellationToken)).Result).Value ?? [];

    /// <summary>One of the resident's reports with its public history; null when it is not theirs (as the API's 404).</summary>
    public async Task<MyReportDetailResponse?> GetAsync(ClaimsPrincipal user, long reportId, CancellationToken cancellationToken = default) =>
        PageAnswer<MyReportDetailResponse>.Of((await MyReportEndpoints.GetAsync(reportId, user, reports, workflow, cancellationToken)).Result).Value;

    /// <summary>How many residents said "me too" on the report (as GET …/support tells a resident).</summary>
    public async Task<int> MeTooCountAsync(ClaimsPrincipal user, long reportId, CancellationToken cancellationToken = default) =>
        PageAnswer<SupportResponse>.Of((await SupportEndpoints.GetAsync(reportId, user, reports, moderationStore, support, cancellationToken)).Result).Value?.Count ?? 0;

    public async Task<PageAnswer<MyReportHistoryResponse>> ConfirmAsync(ClaimsPrincipal user, long reportId, string? note, CancellationToken cancellationToken = default) =>
        PageAnswer<MyReportHistoryResponse>.Of((await MyReportEndpoints.ConfirmAsync(reportId, new MyReportActionRequest(note), user, workflow, cancellationToken)).Result);

    public async Task<PageAnswer<MyReportHistoryResponse>> ReopenAsync(ClaimsPrincipal user, long reportId, string? note, CancellationToken cancellationToken = default) =>
        PageAnswer<MyReportHistoryResponse>.Of((await MyReportEndpoints.ReopenAsync(reportId, new MyReportActionRequest(note), user, workflow, cancellationToken)).Result);
}
