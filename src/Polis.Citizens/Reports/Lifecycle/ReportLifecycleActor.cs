namespace Polis.Citizens.Reports.Lifecycle;

/// <summary>Who asks for a status change: the rules differ for city staff and the resident who filed the report.</summary>
public enum ReportLifecycleActor
{
    /// <summary>An operator or department worker: may move a report forward, mark it duplicate or not responsible.</summary>
    Staff,

    /// <summary>The resident who filed the report: may confirm a fix or reopen, within the reopen window.</summary>
    Reporter,
}
