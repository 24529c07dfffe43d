namespace Polis.Transit.Gtfs.Reading;

/// <summary>
/// Bounds on what a zip may make Polis read: total uncompressed bytes and entries (a few-kilobyte zip bomb
/// expands to gigabytes) and the samples kept per notice code.
/// </summary>
public sealed record GtfsReadLimits(long MaxUncompressedBytes = GtfsReadLimits.DefaultMaxUncompressedBytes, int MaxEntries = GtfsReadLimits.DefaultMaxEntries,
    int MaxSamplesPerCode = Validation.GtfsNoticeCollector.DefaultMaxSamplesPerCode)
{
    public const long DefaultMaxUncompressedBytes = 2L * 1024 * 1024 * 1024;

    public const int DefaultMaxEntries = 200;
}
