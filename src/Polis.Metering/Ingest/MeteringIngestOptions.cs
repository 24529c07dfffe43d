using System.ComponentModel.DataAnnotations;

namespace Polis.Metering.Ingest;

/// <summary>Meter reading ingest and import settings under <c>Polis:Metering:Ingest</c>.</summary>
public sealed class MeteringIngestOptions
{
    public const string SectionName = "Polis:Metering:Ingest";

    /// <summary>Ingest calls queued for storage before further ones are set aside (and back-filled from telemetry later).</summary>
    [Range(1, 10_000_000)]
    public int QueueCapacity { get; set; } = 100_000;

    /// <summary>How often queued readings are written, in one transaction.</summary>
    [Range(typeof(TimeSpan), "00:00:00.010", "00:10:00")]
    public TimeSpan FlushInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Telemetry points read per page when back-filling a device's history.</summary>
    [Range(10, 1_000_000)]
    public int BackfillPageSize { get; set; } = 10_000;

    /// <summary>Most rows one import request may carry.</summary>
    [Range(1, 10_000_000)]
    public int MaxImportRows { get; set; } = 1_000_000;

    /// <summary>How far after the server's clock an imported read may lie (head-end clock skew); later ones are refused.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(10);
}
