namespace Polis.Citizens.Reports.Media;

/// <summary>Persistence of accepted photos, served back at their media_url.</summary>
public interface IReportMediaStore
{
    Task SaveAsync(StoredMedia media, CancellationToken cancellationToken = default);

    Task<StoredMedia?> GetAsync(string id, CancellationToken cancellationToken = default);
}
