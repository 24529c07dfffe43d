namespace Polis.Citizens.Reports.Lifecycle;

/// <summary>One line of a report's history: who (kind), when, from which status to which, and the note given.</summary>
public sealed record ReportLifecycleEntry(ReportLifecycleActor Actor, DateTimeOffset At, ReportStatus From, ReportStatus To, string? Note);
