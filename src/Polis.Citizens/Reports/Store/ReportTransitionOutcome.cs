namespace Polis.Citizens.Reports.Store;

/// <summary>How <see cref="IReportStore.TransitionAsync"/> ended; only <see cref="Stored"/> wrote anything.</summary>
public enum ReportTransitionOutcome
{
    /// <summary>The state, the history entry and any notification were written.</summary>
    Stored,

    /// <summary>There is no such report.</summary>
    NotFound,

    /// <summary>The report's status is no longer the one the change was decided on: another change came first.</summary>
    StatusChanged,

    /// <summary>The duplicate's original does not exist.</summary>
    OriginalNotFound,

    /// <summary>The duplicate's original is itself a duplicate: point at its original instead.</summary>
    OriginalIsDuplicate,
}
