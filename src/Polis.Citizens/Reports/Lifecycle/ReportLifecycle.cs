namespace Polis.Citizens.Reports.Lifecycle;

/// <summary>
/// The rules of a report's life after it is filed. Staff move a report forward along submitted → confirmed →
/// investigating → in progress → action scheduled → fixed → closed (skipping steps is allowed), or end an open report
/// as duplicate (naming the original) or not responsible (with a note). The reporter may confirm a fix (fixed →
/// closed) or reopen (fixed or closed → confirmed) within <see cref="ReportLifecycleOptions.ReopenWindowDays"/> of the
/// resolution; each reopening is counted. Pure: the caller stores the new state and the history entry together.
/// </summary>
public sealed class ReportLifecycle(ReportLifecycleOptions options, TimeProvider clock)
{
    /// <summary>The statuses staff move through, in order; duplicate and not responsible end an open report instead.</summary>
    private static readonly ReportStatus[] Forward =
    [
        ReportStatus.Submitted, ReportStatus.Confirmed, ReportStatus.Investigating, ReportStatus.InProgress,
        ReportStatus.ActionScheduled, ReportStatus.Fixed, ReportStatus.Closed,
    ];

    public ReportLifecycleOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>True when staff may move a report from <paramref name="from"/> to <paramref name="to"/> (notes and ids aside).</summary>
    public static bool StaffMayMove(ReportStatus from, ReportStatus to)
    {
        if (to is ReportStatus.Duplicate or ReportStatus.NotResponsible)
        {
            return ReportStatuses.IsOpen(from);
        }

        var fromRank = Array.IndexOf(Forward, from);
        return fromRank >= 0 && Array.IndexOf(Forward, to) > fromRank;
    }

    /// <summary>Applies <paramref name="change"/> to report <paramref name="reportId"/> in <paramref name="state"/>, now.</summary>
    public ReportLifecycleResult Apply(string reportId, ReportLifecycleState state, ReportLifecycleChange change)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(change);
        var note = string.IsNullOrWhiteSpace(change.Note) ? null : change.Note.Trim();
        var refusal = state.Status == change.To ? ReportLifecycleRefusal.Unchanged
            : note?.Length > Options.MaxNoteLength ? ReportLifecycleRefusal.NoteTooLong
            : change.Actor == ReportLifecycleActor.Staff ? StaffRefusal(reportId, state, change, note)
            : ReporterRefusal(state, change);
        if (refusal is { } refused)
        {
            return ReportLifecycleResult.Refused(refused);
        }

        var now = clock.GetUtcNow();
        var next = state with
        {
            Status = change.To,
            ResolvedAt = Resolution(state, change.To, now),
            Reopenings = change.To == ReportStatus.Confirmed && change.Actor == ReportLifecycleActor.Reporter ? state.Reopenings + 1 : state.Reopenings,
            DuplicateOf = change.To == ReportStatus.Duplicate ? change.DuplicateOf!.Trim() : state.DuplicateOf,
        };
        return ReportLifecycleResult.Moved(next, new ReportLifecycleEntry(change.Actor, now, state.Status, change.To, note));
    }

    /// <summary>The reopen window starts at the fix; a report closed without a fix starts it when closed; reopening ends it.</summary>
    private static DateTimeOffset? Resolution(ReportLifecycleState state, ReportStatus to, DateTimeOffset now) => to switch
    {
        ReportStatus.Fixed => now,
        ReportStatus.Closed => state.ResolvedAt ?? now,
        _ when ReportStatuses.IsOpen(to) => null,
        _ => state.ResolvedAt,
    };

    private static ReportLifecycleRefusal? StaffRefusal(string reportId, ReportLifecycleState state, ReportLifecycleChange change, string? note)
    {
        if (!StaffMayMove(state.Status, change.To))
        {
            return change.To is ReportStatus.Duplicate or ReportStatus.NotResponsible ? ReportLifecycleRefusal.NotOpen : ReportLifecycleRefusal.NotForward;
        }

        return change.To switch
        {
            ReportStatus.Duplicate when string.IsNullOrWhiteSpace(change.DuplicateOf) || string.Equals(change.DuplicateOf.Trim(), reportId, StringComparison.Ordinal)
                => ReportLifecycleRefusal.OriginalRequired,
            ReportStatus.NotResponsible when note is null => ReportLifecycleRefusal.NoteRequired,
            _ => null,
        };
    }

    private ReportLifecycleRefusal? ReporterRefusal(ReportLifecycleState state, ReportLifecycleChange change)
    {
        if (change.To is not (ReportStatus.Closed or ReportStatus.Confirmed))
        {
            return ReportLifecycleRefusal.NotAllowedForReporter;
        }

        // Confirming needs a fix to confirm; reopening works on a fixed or a closed report.
        var resolved = change.To == ReportStatus.Closed ? state.Status == ReportStatus.Fixed : state.Status is ReportStatus.Fixed or ReportStatus.Closed;
        if (!resolved)
        {
            return ReportLifecycleRefusal.NotResolved;
        }

        // A resolved report without a resolution time predates the rules: no window can be shown to be open.
        return state.ResolvedAt is { } resolvedAt && clock.GetUtcNow() - resolvedAt <= TimeSpan.FromDays(Options.ReopenWindowDays)
            ? null
            : ReportLifecycleRefusal.WindowPassed;
    }
}
