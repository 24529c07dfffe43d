namespace Polis.Citizens.Reports.Support;

/// <summary>Persistence of "me too": one row per (report, resident), whatever the number of concurrent presses.</summary>
public interface IReportSupportStore
{
    /// <summary>Records that <paramref name="resident"/> (a <c>MeTooTally.Key</c>) backs the report; false when already recorded.</summary>
    Task<bool> AddAsync(long reportId, string resident, DateTimeOffset at, CancellationToken cancellationToken = default);

    /// <summary>Everyone backing the given reports: "me too" presses and the reporters of their duplicates, oldest first.</summary>
    Task<IReadOnlyList<ReportSupporter>> ListAsync(IReadOnlyCollection<long> reportIds, CancellationToken cancellationToken = default);
}
