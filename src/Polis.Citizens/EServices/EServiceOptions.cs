using System.ComponentModel.DataAnnotations;

namespace Polis.Citizens.EServices;

/// <summary>Limits of e-service submissions.</summary>
public sealed class EServiceOptions
{
    public const string SectionName = "Polis:Citizens:EServices";

    /// <summary>The largest attachment accepted, in bytes (default 10 MiB: a scanned multi-page PDF).</summary>
    [Range(1, 100 * 1024 * 1024)]
    public int MaxAttachmentBytes { get; init; } = 10 * 1024 * 1024;

    /// <summary>The most attachments one submission or one answer may carry.</summary>
    [Range(1, 100)]
    public int MaxAttachments { get; init; } = 10;

    /// <summary>The largest multipart body, in bytes (default 30 MiB); beyond it the body is not read at all.</summary>
    [Range(1, 1024 * 1024 * 1024)]
    public long MaxBodyBytes { get; init; } = 30 * 1024 * 1024;
}
