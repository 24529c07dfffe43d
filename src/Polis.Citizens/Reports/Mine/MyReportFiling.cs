using Microsoft.AspNetCore.Http;
using Polis.Citizens.Reports.Open311;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Mine;

/// <summary>
/// Files a signed-in resident's report by the rules Open311 clients meet (<see cref="ReportIntake.CheckAsync"/>, the
/// photo through <see cref="Open311MediaIntake"/>), then stores it with <see cref="Report.ReporterUserId"/> set, so the
/// resident can follow it, be notified, confirm the fix or reopen. Nothing is stored unless every check passes.
/// </summary>
public sealed class MyReportFiling(ReportIntake intake, Open311MediaIntake media)
{
    public async Task<(Report? Report, string? Error)> FileAsync(HttpRequest request, string userId, string? email, string? displayName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (submission, photoFile, readError) = await MyReportSubmissions.ReadAsync(request, email, displayName, cancellationToken);
        if (submission is null)
        {
            return (null, readError);
        }

        // The intake wants the posting client's key id; a resident's report has none, so it is cleared below.
        var (_, report, refusal) = await intake.CheckAsync(submission, apiKeyId: string.Empty, cancellationToken);
        if (refusal is not null)
        {
            return (null, refusal.Description);
        }

        var (photo, photoRefusal) = await media.CheckAsync(photoFile, submission.MediaUrl, cancellationToken);
        if (photoRefusal is not null)
        {
            return (null, photoRefusal.Description);
        }

        report = report! with { ApiKeyId = null, ReporterUserId = userId };
        if (photo is not null)
        {
            report = report with { MediaUrl = await media.SaveAsync(photo, request, cancellationToken) };
        }

        return (await intake.StoreAsync(report, $"resident:{userId}", cancellationToken), null);
    }
}
