using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Moderation;

/// <summary>Public reads of report history: the updates of a hidden report are as absent as the report.</summary>
public static class ModerationStoreExtensions
{
    public static async Task<IReadOnlyList<ReportHistoryEntry>> WithoutHiddenAsync(
        this IReportModerationStore store, IReadOnlyList<ReportHistoryEntry> updates, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(updates);
        if (updates.Count == 0)
        {
            return updates;
        }

        var states = await store.GetManyAsync([.. updates.Select(u => u.ReportId).Distinct()], cancellationToken);
        return [.. updates.Where(u => !(states.GetValueOrDefault(u.ReportId)?.Hidden ?? false))];
    }
}
