using System.ComponentModel.DataAnnotations;

namespace Polis.Citizens.Reports.Lifecycle;

/// <summary>The configurable limits of the report lifecycle.</summary>
public sealed class ReportLifecycleOptions
{
    public const string SectionName = "Polis:Citizens:Lifecycle";

    /// <summary>Days after a fix (or a close without fix) in which the reporter may confirm or reopen.</summary>
    [Range(1, 3650)]
    public int ReopenWindowDays { get; init; } = 28;

    /// <summary>The longest note a status change may carry, in characters: as long as an Open311 description.</summary>
    [Range(1, 100_000)]
    public int MaxNoteLength { get; init; } = 4000;
}
