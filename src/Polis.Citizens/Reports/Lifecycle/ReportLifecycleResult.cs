namespace Polis.Citizens.Reports.Lifecycle;

/// <summary>
/// The outcome of a requested status change: the report's new state and the history entry to store, or the refusal.
/// </summary>
public sealed record ReportLifecycleResult
{
    private ReportLifecycleResult(ReportLifecycleState? state, ReportLifecycleEntry? entry, ReportLifecycleRefusal? refusal)
    {
        State = state;
        Entry = entry;
        Refusal = refusal;
    }

    public ReportLifecycleState? State { get; }

    public ReportLifecycleEntry? Entry { get; }

    public ReportLifecycleRefusal? Refusal { get; }

    public bool Succeeded => Refusal is null;

    public static ReportLifecycleResult Moved(ReportLifecycleState state, ReportLifecycleEntry entry) => new(state, entry, null);

    public static ReportLifecycleResult Refused(ReportLifecycleRefusal refusal) => new(null, null, refusal);
}
