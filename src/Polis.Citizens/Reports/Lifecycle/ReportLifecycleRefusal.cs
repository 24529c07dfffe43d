namespace Polis.Citizens.Reports.Lifecycle;

/// <summary>Why a status change was refused; <see cref="ReportLifecycleRefusals"/> words each for a problem detail.</summary>
public enum ReportLifecycleRefusal
{
    /// <summary>The report already has the requested status.</summary>
    Unchanged,

    /// <summary>Staff asked to move a report back (e.g. fixed → in progress) or out of a final status.</summary>
    NotForward,

    /// <summary>Duplicate or not responsible asked for a report that is no longer open.</summary>
    NotOpen,

    /// <summary>Duplicate without the original report's id, or naming the report itself.</summary>
    OriginalRequired,

    /// <summary>Not responsible without a note saying who is.</summary>
    NoteRequired,

    /// <summary>The note is longer than the configured limit.</summary>
    NoteTooLong,

    /// <summary>The reporter asked for something other than confirming a fix or reopening.</summary>
    NotAllowedForReporter,

    /// <summary>The reporter asked to confirm or reopen a report that is neither fixed nor closed.</summary>
    NotResolved,

    /// <summary>The reporter asked too late: the reopen window after the fix has passed.</summary>
    WindowPassed,
}
