using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Mine;

/// <summary>One public change to a resident's report: when, the status before and after, the note. Staff names are not shown.</summary>
public sealed record MyReportHistoryResponse(long Id, DateTimeOffset At, string? OldStatus, string NewStatus, string? Note, string? MediaUrl)
{
    public static MyReportHistoryResponse From(ReportHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.At, entry.OldStatus is { } old ? ReportStatuses.Name(old) : null, ReportStatuses.Name(entry.NewStatus), entry.Note, entry.MediaUrl);
    }
}
