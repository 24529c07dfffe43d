using System.ComponentModel.DataAnnotations;

namespace Polis.Transit.Feeds;

/// <summary>Static GTFS feeds under <c>Polis:Transit:Feeds</c>: upload and zip limits, storage chunks, reload polling.</summary>
public sealed class TransitFeedOptions
{
    public const string SectionName = "Polis:Transit:Feeds";

    /// <summary>The largest zip the API accepts (BART's is 0.2 MB; a metropolis with shapes can reach 100 MB).</summary>
    [Range(1024, long.MaxValue)]
    public long MaxUploadBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>What all files of a zip may add up to uncompressed: the zip-bomb bound.</summary>
    [Range(1024, long.MaxValue)]
    public long MaxUncompressedBytes { get; set; } = 2L * 1024 * 1024 * 1024;

    [Range(1, 100_000)]
    public int MaxZipEntries { get; set; } = 200;

    /// <summary>Samples kept per notice code in a report (every notice is counted).</summary>
    [Range(1, 10_000)]
    public int MaxNoticeSamples { get; set; } = 50;

    /// <summary>Rows per write transaction: small enough that telemetry commits are never held up for long.</summary>
    [Range(100, 1_000_000)]
    public int WriteChunkRows { get; set; } = 10_000;

    /// <summary>How often a running server checks whether another process (polis import gtfs) activated a feed.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "01:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>An import whose writer has not written a chunk for this long is taken as abandoned (a crash) and removed.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "7.00:00:00")]
    public TimeSpan AbandonedImportAfter { get; set; } = TimeSpan.FromMinutes(2);
}
