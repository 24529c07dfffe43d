namespace Polis.Citizens.Reports.Photos;

/// <summary>Recognising <see cref="PhotoFormat"/> by its signature bytes, and its media type.</summary>
public static class PhotoFormats
{
    private static ReadOnlySpan<byte> PngSignature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The format whose signature <paramref name="content"/> starts with, or null for anything else.</summary>
    public static PhotoFormat? Sniff(ReadOnlySpan<byte> content) =>
        content is [0xFF, 0xD8, 0xFF, ..] ? PhotoFormat.Jpeg
        : content.StartsWith(PngSignature) ? PhotoFormat.Png
        : content.Length >= 12 && content[..4].SequenceEqual("RIFF"u8) && content[8..12].SequenceEqual("WEBP"u8) ? PhotoFormat.Webp
        : null;

    public static string ContentType(PhotoFormat format) => format switch
    {
        PhotoFormat.Jpeg => "image/jpeg",
        PhotoFormat.Png => "image/png",
        PhotoFormat.Webp => "image/webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    public static string Extension(PhotoFormat format) => format switch
    {
        PhotoFormat.Jpeg => ".jpg",
        PhotoFormat.Png => ".png",
        PhotoFormat.Webp => ".webp",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };
}
