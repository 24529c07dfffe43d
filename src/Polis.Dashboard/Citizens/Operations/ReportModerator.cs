using System.Security.Claims;
using Polis.Citizens.Reports.Moderation;
using Polis.Citizens.Reports.Moderation.Api;
using Polis.Citizens.Reports.Store;
using Polis.Dashboard.Components.Shared;
using Polis.Dashboard.Overview;

namespace Polis.Dashboard.Citizens.Operations;

/// <summary>
/// Moderation on the report desk through the moderation endpoints' handlers (same reasons required, same refusals),
/// after re-reading the account's roles: hide, unhide, redact words or ranges of the text, redact a photo.
/// </summary>
public sealed class ReportModerator(OperatorActions access, IReportStore reports, ModerationDesk desk)
{
    private const string NotAllowed = "Only operators and admins may moderate reports.";

    public Task<PageAnswer<ModerationResponse>> HideAsync(ClaimsPrincipal user, long id, string? reason, CancellationToken cancellationToken = default) =>
        ActAsync(user, async () => (await ModerationEndpoints.HideAsync(id, new ModerationRequest(reason), user, reports, desk, cancellationToken)).Result);

    public Task<PageAnswer<ModerationResponse>> UnhideAsync(ClaimsPrincipal user, long id, string? reason, CancellationToken cancellationToken = default) =>
        ActAsync(user, async () => (await ModerationEndpoints.UnhideAsync(id, new ModerationRequest(reason), user, reports, desk, cancellationToken)).Result);

    public Task<PageAnswer<ModerationResponse>> RedactTextAsync(
        ClaimsPrincipal user, long id, string? reason, IReadOnlyList<string> words, IReadOnlyList<TextRange> ranges, CancellationToken cancellationToken = default) =>
        ActAsync(user, async () => (await ModerationEndpoints.RedactTextAsync(id, new ModerationRequest(reason, ranges, words), user, reports, desk, cancellationToken)).Result);

    public Task<PageAnswer<ModerationResponse>> RedactPhotoAsync(ClaimsPrincipal user, long id, string? reason, string mediaId, CancellationToken cancellationToken = default) =>
        ActAsync(user, async () => (await ModerationEndpoints.RedactPhotoAsync(id, new ModerationRequest(reason, MediaId: mediaId), user, reports, desk, cancellationToken)).Result);

    private async Task<PageAnswer<ModerationResponse>> ActAsync(ClaimsPrincipal user, Func<Task<Microsoft.AspNetCore.Http.IResult>> act) =>
        await access.MayStillWriteAsync(user) ? PageAnswer<ModerationResponse>.Of(await act()) : new PageAnswer<ModerationResponse>(null, NotAllowed);
}
