namespace Polis.Citizens.Reports.Store;

/// <summary>Persistence of residents' reports and their history: every write is one transaction.</summary>
public interface IReportStore
{
    /// <summary>Stores a new report (its <see cref="Report.Id"/> is ignored) with its first history entry; returns it with its id.</summary>
    Task<Report> CreateAsync(Report report, string actor, CancellationToken cancellationToken = default);

    Task<Report?> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<Report?> GetByTokenAsync(string token, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Report>> QueryAsync(ReportQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies a change and appends its history entry, with no lifecycle rule and no notification; null when there is no
    /// such report. Status changes and notes go through ReportWorkflow, which uses <see cref="TransitionAsync"/>.
    /// </summary>
    Task<ReportHistoryEntry?> ChangeAsync(ReportChange change, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores a change decided by the lifecycle rules: the new status, resolution, reopenings and original in one
    /// transaction with the history entry and the reporter's notification, only if the status is still the expected one.
    /// </summary>
    Task<ReportTransitionResult> TransitionAsync(ReportTransition transition, CancellationToken cancellationToken = default);

    /// <summary>A report's history, oldest first.</summary>
    Task<IReadOnlyList<ReportHistoryEntry>> ListHistoryAsync(long reportId, CancellationToken cancellationToken = default);

    /// <summary>Public history entries made in [from, to], oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<ReportHistoryEntry>> ListPublicUpdatesAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default);
}
