using Polis.Citizens.Reports.Photos;

namespace Polis.Citizens.Reports.Media;

/// <summary>
/// Report photos go through <see cref="PhotoSanitiser"/>: judged by content (JPEG, PNG, WebP), size and pixel limits
/// checked before decoding, and stored re-encoded without metadata, so a resident's GPS position or camera serial
/// never reaches the public <c>media_url</c>.
/// </summary>
public sealed class SanitisingMediaIntake(PhotoSanitiser sanitiser) : IReportMediaIntake
{
    public Task<MediaIntakeResult> AcceptAsync(byte[] content, CancellationToken cancellationToken = default)
    {
        var result = sanitiser.Sanitise(content);
        return Task.FromResult(result.Photo is { } photo
            ? MediaIntakeResult.Accepted(photo.Content, photo.ContentType)
            : MediaIntakeResult.Refused(PhotoRefusals.Detail(result.Refusal!.Value, sanitiser.Options)));
    }
}
