namespace Polis.Citizens.Reports.Photos;

/// <summary>Titles and details of <see cref="PhotoRefusal"/>, worded for RFC 7807 problem details.</summary>
public static class PhotoRefusals
{
    public static string Title(PhotoRefusal refusal) => refusal switch
    {
        PhotoRefusal.Empty => "Empty photo",
        PhotoRefusal.TooManyBytes => "Photo too large",
        PhotoRefusal.UnsupportedType => "Unsupported photo type",
        PhotoRefusal.Animated => "Animated photo",
        PhotoRefusal.Truncated => "Truncated photo",
        PhotoRefusal.TooManyPixels => "Photo dimensions too large",
        PhotoRefusal.Unreadable => "Unreadable photo",
        _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
    };

    public static string Detail(PhotoRefusal refusal, PhotoOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return refusal switch
        {
            PhotoRefusal.Empty => "The upload holds no bytes.",
            PhotoRefusal.TooManyBytes => $"A photo may have at most {options.MaxBytes} bytes.",
            PhotoRefusal.UnsupportedType => options.AcceptWebp ? "A photo must be a JPEG, PNG or WebP image." : "A photo must be a JPEG or PNG image.",
            PhotoRefusal.Animated => "Animated images are not accepted; upload a still photo.",
            PhotoRefusal.Truncated => "The photo ends before its end marker: the upload was cut off.",
            PhotoRefusal.TooManyPixels => $"A photo may be at most {options.MaxDimension} pixels wide and tall and have at most {options.MaxPixels} pixels.",
            PhotoRefusal.Unreadable => "The photo's content is damaged and cannot be decoded.",
            _ => throw new ArgumentOutOfRangeException(nameof(refusal), refusal, null),
        };
    }
}
