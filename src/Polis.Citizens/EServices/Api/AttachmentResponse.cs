using Polis.Citizens.EServices.Requests;

namespace Polis.Citizens.EServices.Api;

/// <summary>An attachment's description and where to download it (the caller's own path: staff or resident).</summary>
public sealed record AttachmentResponse(long Id, string Rule, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt, string Url)
{
    public static AttachmentResponse From(EServiceAttachment attachment, string basePath)
    {
        ArgumentNullException.ThrowIfNull(attachment);
        return new AttachmentResponse(attachment.Id, attachment.Rule, attachment.FileName, attachment.ContentType, attachment.Size, attachment.Sha256, attachment.UploadedAt,
            $"{basePath}/{attachment.RequestId}/attachments/{attachment.Id}");
    }
}
