using Microsoft.AspNetCore.Http;
using Polis.Citizens.Reports.Open311;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Mine;

/// <summary>
/// Files a signed-in resident's report by the rules Open311 clients meet (<see cref="ReportIntake.CheckAsync"/>, the
/// photo through <see cref="Open311MediaIntake"/>), then stores it with <see cref="Report.ReporterUserId"/> set, so the
/// resident can follow it, be notified, confirm the fix or reopen. Nothing is stored unless every check passes. The
/// API reads the body of its request; the dashboard's report page hands over the fields and photo it collected.
/// </summary>
public sealed class MyReportFiling(ReportIntake intake, Open311MediaIntake media)
{
    public async Task<(Report? Report, string? Error)> FileAsync(HttpRequest request, string userId, string? email, string? displayName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (submission, photoFile, readError) = await MyReportSubmissions.ReadAsync(request, email, displayName, cancellationToken);
        return submission is null ? (null, readError) : await FileCheckedAsync(submission, photoFile, request, userId, cancellationToken);
    }

    /// <summary>
    /// Files a report collected by a page: the same checks as the API. <paramref name="publicBase"/> is the address
    /// residents reach Polis at, which the stored photo's URL starts with (the API takes it from its request).
    /// </summary>
    public Task<(Report? Report, string? Error)> FileAsync(
        Open311Submission submission, IFormFile? photoFile, Uri publicBase, string userId, string? email, string? displayName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(publicBase);
        // The media store words the photo's URL from a request's scheme and host; a page has none, so one is made of its base address.
        var mediaHost = new DefaultHttpContext().Request;
        mediaHost.Scheme = publicBase.Scheme;
        mediaHost.Host = HostString.FromUriComponent(publicBase);
        return FileCheckedAsync(MyReportSubmissions.AsResident(submission, email, displayName), photoFile, mediaHost, userId, cancellationToken);
    }

    private async Task<(Report? Report, string? Error)> FileCheckedAsync(
        Open311Submission submission, IFormFile? photoFile, HttpRequest mediaHost, string userId, CancellationToken cancellationToken)
    {
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
            report = report with { MediaUrl = await media.SaveAsync(photo, mediaHost, cancellationToken) };
        }

        return (await intake.StoreAsync(report, $"resident:{userId}", cancellationToken), null);
    }
}
