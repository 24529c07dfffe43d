using Polis.Citizens.Reports.Lifecycle;

namespace Polis.Citizens.Reports.Workflow;

/// <summary>
/// A status change asked of <see cref="ReportWorkflow"/>: the new status, who asks (their kind for the rules, their
/// name for the history), the note and whether residents see it, the original of a duplicate. For the reporter,
/// <see cref="ReporterUserId"/> is the signed-in resident: another resident's report is as good as unknown.
/// </summary>
public sealed record ReportWorkflowRequest(
    ReportStatus To,
    ReportLifecycleActor ActorKind,
    string Actor,
    string? Note = null,
    bool Public = true,
    string? DuplicateOf = null,
    string? ReporterUserId = null,
    string? MediaUrl = null,
    string? ExternalId = null);
