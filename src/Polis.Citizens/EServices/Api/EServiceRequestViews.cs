using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Polis.Citizens.EServices.Requests;
using Polis.Citizens.Reports.Moderation;

namespace Polis.Citizens.EServices.Api;

/// <summary>What staff and residents both do with a request: its detail view, an attachment download, a text checked as plain text.</summary>
internal static class EServiceRequestViews
{
    public const string StaffPath = "/api/v1/citizens/eservice-requests";
    public const string ResidentPath = "/api/v1/me/eservice-requests";
    public const int MaxTextLength = 4000;

    /// <summary>
    /// Staff see everything; a resident sees public entries only, and staff named as "staff" (the city answers, not
    /// an employee's e-mail address), their own entries as "resident".
    /// </summary>
    public static async Task<EServiceRequestDetailResponse> DetailAsync(EServiceRequest request, IEServiceRequestStore store, string? residentActor, CancellationToken cancellationToken)
    {
        var forStaff = residentActor is null;
        var attachments = (await store.ListAttachmentsAsync(request.Id, cancellationToken)).Select(a => AttachmentResponse.From(a, forStaff ? StaffPath : ResidentPath)).ToList();
        var history = (await store.ListHistoryAsync(request.Id, cancellationToken))
            .Where(e => forStaff || e.Public)
            .Select(e => HistoryResponse.From(e, forStaff ? null : e.Actor == residentActor ? "resident" : "staff"))
            .ToList();
        return new EServiceRequestDetailResponse(EServiceRequestResponse.From(request, forStaff), attachments, history);
    }

    public static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        long id, long attachmentId, IEServiceRequestStore store, HttpResponse response, CancellationToken cancellationToken)
    {
        if (await store.GetAttachmentAsync(id, attachmentId, cancellationToken) is not { } found)
        {
            return EServiceProblems.NotFound("attachment", $"{id}/{attachmentId}");
        }

        // The type is what the content was recognised as; nosniff keeps a browser from guessing otherwise.
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(found.Content, found.Attachment.ContentType, found.Attachment.FileName);
    }

    /// <summary>A comment, reason or answer as plain text (HTML stripped like reports' notes); null when blank.</summary>
    public static (string? Text, string? Error) PlainText(string? input, string field)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return (null, null);
        }

        var result = ReportText.ToPlainText(input, MaxTextLength);
        return result.Succeeded ? (result.Text, null) : (null, result.Detail(field, MaxTextLength));
    }
}
