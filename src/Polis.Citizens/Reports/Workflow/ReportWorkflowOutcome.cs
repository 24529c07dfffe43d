namespace Polis.Citizens.Reports.Workflow;

/// <summary>How a change asked of <see cref="ReportWorkflow"/> ended; only <see cref="Changed"/> stored anything.</summary>
public enum ReportWorkflowOutcome
{
    /// <summary>Stored with its history entry (and the reporter's notification).</summary>
    Changed,

    /// <summary>No such report, or (for a resident) not theirs.</summary>
    NotFound,

    /// <summary>The lifecycle rules refuse it: <see cref="ReportWorkflowResult.Refusal"/> says why.</summary>
    Refused,

    /// <summary>A duplicate naming a report that does not exist.</summary>
    OriginalNotFound,

    /// <summary>A duplicate naming a report that is itself a duplicate.</summary>
    OriginalIsDuplicate,

    /// <summary>Other changes kept coming first, more often than the workflow retries.</summary>
    Conflict,
}
