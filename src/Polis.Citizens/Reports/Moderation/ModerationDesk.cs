using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Moderation;

/// <summary>
/// Moderation over the store: loads a report's state, lets <see cref="ReportModeration"/> judge the act, and stores the
/// new state with its act only if nobody acted in between (the act count is the version); a lost race is judged again
/// against the fresh state, so two moderators hiding at once give one hide and one "unchanged".
/// </summary>
public sealed class ModerationDesk(ReportModeration rules, IReportModerationStore store)
{
    private const int MaxAttempts = 3;

    public ReportModeration Rules => rules;

    public async Task<ModeratedReport> LoadAsync(Report report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        var stored = await store.GetAsync(report.Id, cancellationToken);
        var acts = stored is null ? [] : await store.ListActsAsync(report.Id, cancellationToken);
        return ModeratedReports.From(report, stored, acts);
    }

    /// <summary>The public view of each report that was ever moderated (the rest are shown as stored).</summary>
    public async Task<IReadOnlyDictionary<long, ModeratedReport>> PublicViewsAsync(IReadOnlyCollection<Report> reports, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reports);
        if (reports.Count == 0)
        {
            return new Dictionary<long, ModeratedReport>();
        }

        var states = await store.GetManyAsync([.. reports.Select(r => r.Id)], cancellationToken);
        return reports.Where(r => states.ContainsKey(r.Id)).DistinctBy(r => r.Id).ToDictionary(r => r.Id, r => ModeratedReports.From(r, states[r.Id]));
    }

    public async Task<ModerationOutcome> ApplyAsync(Report report, Func<ModeratedReport, ModerationResult> act, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(act);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var current = await LoadAsync(report, cancellationToken);
            var result = act(current);
            if (!result.Succeeded)
            {
                return new ModerationOutcome(null, result.Refusal);
            }

            var next = result.Report!;
            if (await store.SaveAsync(report.Id, current.Acts.Count, ModeratedReports.State(next), next.Acts[^1], ModeratedReports.WithheldMedia(next), cancellationToken))
            {
                return new ModerationOutcome(next, null);
            }
        }

        return new ModerationOutcome(null, null, Conflict: true);
    }
}
