namespace Polis.Citizens.Reports.Lifecycle;

/// <summary>
/// A requested status change: the new status, who asks, an optional note (required for
/// <see cref="ReportStatus.NotResponsible"/>) and, for <see cref="ReportStatus.Duplicate"/>, the original report's id.
/// </summary>
public sealed record ReportLifecycleChange(ReportStatus To, ReportLifecycleActor Actor, string? Note = null, string? DuplicateOf = null);
