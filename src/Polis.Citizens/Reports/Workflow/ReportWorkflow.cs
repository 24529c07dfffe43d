using Polis.Citizens.Notifications;
using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Workflow;

/// <summary>
/// The one way a report's status changes or a note is added, whoever asks (operators' API, Open311 updates, the
/// resident's own channel): reads the report, applies <see cref="ReportLifecycle"/>, and stores the new lifecycle state
/// with its history entry and the reporter's notification in one transaction, on condition that the status is still
/// the one read. When another change came first it reads again and decides again (the second of two identical moves
/// becomes "unchanged", a move now backwards is refused), so concurrent changes never interleave in the history.
/// </summary>
public sealed class ReportWorkflow(IReportStore store, ReportLifecycle lifecycle)
{
    /// <summary>How often a change is decided again after losing a race before it gives up with a conflict.</summary>
    public const int MaxAttempts = 5;

    public ReportLifecycleOptions Options => lifecycle.Options;

    /// <summary>Moves report <paramref name="reportId"/> to <see cref="ReportWorkflowRequest.To"/> if the rules allow it.</summary>
    public async Task<ReportWorkflowResult> ChangeStatusAsync(long reportId, ReportWorkflowRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = reportId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await ReadAsync(reportId, request.ReporterUserId, request.ActorKind, cancellationToken) is not { } report)
            {
                return new ReportWorkflowResult(ReportWorkflowOutcome.NotFound, To: request.To);
            }

            var decided = lifecycle.Apply(id, report.LifecycleState, new ReportLifecycleChange(request.To, request.ActorKind, request.Note, request.DuplicateOf));
            if (decided is not { State: { } state, Entry: { } entry })
            {
                return new ReportWorkflowResult(ReportWorkflowOutcome.Refused, Refusal: decided.Refusal, From: report.Status, To: request.To);
            }

            var notice = Notifies(report, request) ? ReportNoticeText.StatusChanged(reportId, state.Status, entry.Note, ReopenUntil(state)) : null;
            var transition = new ReportTransition(reportId, report.Status, state, entry.Note, request.Public, request.Actor, entry.At, notice, request.MediaUrl, request.ExternalId);
            if (await StoreAsync(transition, report.Status, request.To, cancellationToken) is { } result)
            {
                return result;
            }
        }

        return new ReportWorkflowResult(ReportWorkflowOutcome.Conflict, To: request.To);
    }

    /// <summary>Adds a staff note (public or internal) to report <paramref name="reportId"/> without changing its status.</summary>
    public async Task<ReportWorkflowResult> AddNoteAsync(
        long reportId, string note, bool isPublic, string actor, DateTimeOffset at, string? mediaUrl = null, string? externalId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(note);
        var text = note.Trim();
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            if (await store.GetAsync(reportId, cancellationToken) is not { } report)
            {
                return new ReportWorkflowResult(ReportWorkflowOutcome.NotFound);
            }

            if (text.Length > Options.MaxNoteLength)
            {
                return new ReportWorkflowResult(ReportWorkflowOutcome.Refused, Refusal: ReportLifecycleRefusal.NoteTooLong, From: report.Status, To: report.Status);
            }

            var notice = isPublic && report.ReporterUserId is not null ? ReportNoticeText.NoteAdded(reportId, text) : null;
            var transition = new ReportTransition(reportId, report.Status, report.LifecycleState, text, isPublic, actor, at, notice, mediaUrl, externalId);
            if (await StoreAsync(transition, report.Status, report.Status, cancellationToken) is { } result)
            {
                return result;
            }
        }

        return new ReportWorkflowResult(ReportWorkflowOutcome.Conflict);
    }

    /// <summary>Until when the reporter may confirm or reopen a report in <paramref name="state"/>; null when it is not resolved.</summary>
    public DateTimeOffset? ReopenUntil(ReportLifecycleState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state is { Status: ReportStatus.Fixed or ReportStatus.Closed, ResolvedAt: { } resolvedAt } ? resolvedAt.AddDays(Options.ReopenWindowDays) : null;
    }

    private async Task<Report?> ReadAsync(long reportId, string? reporterUserId, ReportLifecycleActor actorKind, CancellationToken cancellationToken)
    {
        var report = await store.GetAsync(reportId, cancellationToken);

        // A resident acting in the city app acts on their own reports only; anything else is as unknown to them.
        return actorKind == ReportLifecycleActor.Reporter && reporterUserId is not null && report?.ReporterUserId != reporterUserId ? null : report;
    }

    /// <summary>The reporter is told of every public change but their own (they just made it in the app).</summary>
    private static bool Notifies(Report report, ReportWorkflowRequest request) =>
        request.Public && report.ReporterUserId is not null && report.ReporterUserId != request.ReporterUserId;

    /// <summary>The stored result, or null when the status moved since it was read: the caller decides again.</summary>
    private async Task<ReportWorkflowResult?> StoreAsync(ReportTransition transition, ReportStatus from, ReportStatus to, CancellationToken cancellationToken)
    {
        var stored = await store.TransitionAsync(transition, cancellationToken);
        return stored.Outcome switch
        {
            ReportTransitionOutcome.Stored => new ReportWorkflowResult(ReportWorkflowOutcome.Changed, stored.Entry, From: from, To: to),
            ReportTransitionOutcome.StatusChanged => null,
            ReportTransitionOutcome.NotFound => new ReportWorkflowResult(ReportWorkflowOutcome.NotFound, From: from, To: to),
            ReportTransitionOutcome.OriginalNotFound => new ReportWorkflowResult(ReportWorkflowOutcome.OriginalNotFound, From: from, To: to),
            _ => new ReportWorkflowResult(ReportWorkflowOutcome.OriginalIsDuplicate, From: from, To: to),
        };
    }
}
