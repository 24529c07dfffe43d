using Polis.Transit.Gtfs;

namespace Polis.Transit.Feeds;

/// <summary>
/// Feed versions and their rows. Writes never hold the database for long: a feed is written in chunks under
/// <see cref="TransitFeedStatus.Importing"/> and becomes visible only through <see cref="ActivateAsync"/>, one
/// small transaction; readers only ever see complete feeds.
/// </summary>
public interface ITransitFeedStore
{
    /// <summary>Writes <paramref name="feed"/> as a new version under <see cref="TransitFeedStatus.Importing"/>, in chunks.</summary>
    Task<TransitFeedVersion> AddAsync(TransitFeedDraft draft, GtfsFeed feed, IProgress<GtfsImportProgress>? progress = null, CancellationToken cancellationToken = default);

    /// <summary>Makes an importing version the active one (the active one becomes retired); null when it is not importing any more.</summary>
    Task<TransitFeedVersion?> ActivateAsync(long id, CancellationToken cancellationToken = default);

    Task<TransitFeedVersion?> GetAsync(long id, CancellationToken cancellationToken = default);

    Task<TransitFeedVersion?> GetActiveAsync(CancellationToken cancellationToken = default);

    /// <summary>Active and retired versions, newest first.</summary>
    Task<IReadOnlyList<TransitFeedVersion>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The version's validation report as stored (JSON), or null for an unknown id.</summary>
    Task<string?> GetReportJsonAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>The rows of a complete (active or retired) version, in the feed's order; null for an unknown or incomplete one.</summary>
    Task<GtfsFeed?> LoadAsync(long id, CancellationToken cancellationToken = default);

    Task<TransitFeedDeletion> DeleteAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes versions left half-written: imports whose writer stopped reporting progress before
    /// <paramref name="staleBefore"/> (a crash, a killed CLI) and deletions cut short. Returns how many.
    /// </summary>
    Task<int> RemoveAbandonedAsync(DateTimeOffset staleBefore, CancellationToken cancellationToken = default);
}
