namespace Polis.Citizens.Reports.Photos;

/// <summary>The photo formats residents may upload, recognised by content (never by file name or declared type).</summary>
public enum PhotoFormat
{
    Jpeg,
    Png,
    Webp,
}
