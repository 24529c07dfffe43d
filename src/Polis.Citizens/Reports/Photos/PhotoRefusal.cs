namespace Polis.Citizens.Reports.Photos;

/// <summary>Why an uploaded photo was refused; <see cref="PhotoRefusals"/> words each for a problem detail.</summary>
public enum PhotoRefusal
{
    /// <summary>Nothing was uploaded.</summary>
    Empty,

    /// <summary>More bytes than <see cref="PhotoOptions.MaxBytes"/>.</summary>
    TooManyBytes,

    /// <summary>The content is not a JPEG, PNG or (when accepted) WebP image, whatever its name or declared type.</summary>
    UnsupportedType,

    /// <summary>An animated WebP.</summary>
    Animated,

    /// <summary>The file stops before its end marker: a cut-off upload.</summary>
    Truncated,

    /// <summary>Wider or taller than <see cref="PhotoOptions.MaxDimension"/>, or more pixels than <see cref="PhotoOptions.MaxPixels"/>.</summary>
    TooManyPixels,

    /// <summary>The image's content is broken and cannot be decoded.</summary>
    Unreadable,
}
