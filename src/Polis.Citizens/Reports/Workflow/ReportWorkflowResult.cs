using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Workflow;

/// <summary>
/// The outcome of a change: the stored history entry, or why nothing was stored. <see cref="From"/> is the status the
/// change was decided on (null when the report was not found), <see cref="To"/> the one asked for.
/// </summary>
public sealed record ReportWorkflowResult(
    ReportWorkflowOutcome Outcome,
    ReportHistoryEntry? Entry = null,
    ReportLifecycleRefusal? Refusal = null,
    ReportStatus? From = null,
    ReportStatus? To = null)
{
    public bool Succeeded => Outcome == ReportWorkflowOutcome.Changed;
}
