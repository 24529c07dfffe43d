using System.ComponentModel.DataAnnotations;

namespace Polis.Citizens.Reports.Photos;

/// <summary>Limits and output settings of report photos.</summary>
public sealed class PhotoOptions
{
    public const string SectionName = "Polis:Citizens:Photos";

    /// <summary>The largest upload accepted, in bytes (default 10 MiB: a full-size phone JPEG is 2–6 MB).</summary>
    [Range(1, int.MaxValue)]
    public int MaxBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The widest and tallest photo accepted, in pixels.</summary>
    [Range(1, 65_535)]
    public int MaxDimension { get; init; } = 8192;

    /// <summary>The most pixels accepted (default 40 million, 160 MB decoded): the guard against decompression bombs.</summary>
    [Range(1, 268_435_456)]
    public long MaxPixels { get; init; } = 40_000_000;

    /// <summary>The quality JPEG and WebP photos are re-encoded at (1–100).</summary>
    [Range(1, 100)]
    public int Quality { get; init; } = 90;

    /// <summary>Accept WebP uploads (ImageSharp 2.1 decodes and encodes WebP).</summary>
    public bool AcceptWebp { get; init; } = true;

    /// <summary>Keep the ICC colour profile (it names a device model at most; without it wide-gamut photos look duller).</summary>
    public bool KeepColourProfile { get; init; }
}
