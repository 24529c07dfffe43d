namespace Polis.Citizens.Reports.Photos;

/// <summary>A photo re-encoded without metadata and with its orientation applied: safe to store and publish.</summary>
public sealed record SanitisedPhoto(byte[] Content, PhotoFormat Format, int Width, int Height)
{
    public string ContentType => PhotoFormats.ContentType(Format);
}
