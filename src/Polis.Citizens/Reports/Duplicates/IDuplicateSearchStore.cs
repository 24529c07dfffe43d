using Polis.Citizens.Reports.Store;
using Polis.Platform.Devices;

namespace Polis.Citizens.Reports.Duplicates;

/// <summary>The indexed pre-filter of duplicate detection: open reports of one service inside a box and a time span.</summary>
public interface IDuplicateSearchStore
{
    /// <summary>
    /// Open reports of <paramref name="serviceCode"/> with coordinates inside <paramref name="box"/> made in
    /// [<paramref name="from"/>, <paramref name="to"/>], at most <paramref name="limit"/>; <see cref="DuplicateFinder"/> decides.
    /// </summary>
    Task<IReadOnlyList<Report>> OpenInBoxAsync(string serviceCode, BoundingBox box, DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken = default);
}
