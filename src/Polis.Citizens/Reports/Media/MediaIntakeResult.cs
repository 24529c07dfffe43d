namespace Polis.Citizens.Reports.Media;

/// <summary>The photo to store (bytes and content type), or why the upload is refused.</summary>
public sealed record MediaIntakeResult(byte[]? Content, string? ContentType, string? Error)
{
    public static MediaIntakeResult Accepted(byte[] content, string contentType) => new(content, contentType, null);

    public static MediaIntakeResult Refused(string error) => new(null, null, error);
}
