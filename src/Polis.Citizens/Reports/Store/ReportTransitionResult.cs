namespace Polis.Citizens.Reports.Store;

/// <summary>The outcome of a stored transition and, when stored, its history entry.</summary>
public sealed record ReportTransitionResult(ReportTransitionOutcome Outcome, ReportHistoryEntry? Entry = null);
