namespace Polis.Citizens.Reports.Photos;

/// <summary>The outcome of sanitising an upload: the clean photo, or why it was refused.</summary>
public sealed record PhotoResult(SanitisedPhoto? Photo, PhotoRefusal? Refusal)
{
    public bool Succeeded => Photo is not null;

    public static PhotoResult Accepted(SanitisedPhoto photo) => new(photo, null);

    public static PhotoResult Refused(PhotoRefusal refusal) => new(null, refusal);
}
