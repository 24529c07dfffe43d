namespace Polis.Citizens.Reports.Lifecycle;

/// <summary>
/// What the lifecycle rules need to know of a report: its status, when it was resolved (marked fixed, or closed
/// without a fix: the start of the reporter's reopen window), how often the reporter reopened it, and the original
/// it duplicates.
/// </summary>
public sealed record ReportLifecycleState(ReportStatus Status, DateTimeOffset? ResolvedAt = null, int Reopenings = 0, string? DuplicateOf = null)
{
    /// <summary>A report just filed.</summary>
    public static ReportLifecycleState New { get; } = new(ReportStatus.Submitted);
}
