namespace Polis.Citizens.Reports.Moderation;

/// <summary>Persistence of moderation: a report's state, its acts (audit) and the photos the public may not fetch.</summary>
public interface IReportModerationStore
{
    /// <summary>The report's state, or null when it was never moderated.</summary>
    Task<StoredModeration?> GetAsync(long reportId, CancellationToken cancellationToken = default);

    /// <summary>The states of those of <paramref name="reportIds"/> that were ever moderated (one query, for public lists).</summary>
    Task<IReadOnlyDictionary<long, StoredModeration>> GetManyAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken = default);

    /// <summary>The report's acts, oldest first.</summary>
    Task<IReadOnlyList<ModerationAct>> ListActsAsync(long reportId, CancellationToken cancellationToken = default);

    /// <summary>
    /// In one transaction: stores <paramref name="state"/>, appends <paramref name="act"/> and replaces the report's
    /// withheld photos, if the stored act count is still <paramref name="expectedActCount"/>; false when another
    /// moderator acted first (nothing written).
    /// </summary>
    Task<bool> SaveAsync(
        long reportId, int expectedActCount, StoredModeration state, ModerationAct act, IReadOnlyCollection<string> withheldMedia, CancellationToken cancellationToken = default);

    /// <summary>Whether the photo <paramref name="mediaId"/> is redacted or belongs to a hidden report.</summary>
    Task<bool> IsWithheldAsync(string mediaId, CancellationToken cancellationToken = default);
}
