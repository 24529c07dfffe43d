using Polis.Citizens.Reports.Lifecycle;
using Polis.Citizens.Reports.Store;

namespace Polis.Citizens.Reports.Api;

/// <summary>One history entry in the operator API: who, when, the status before and after, the note and whether residents see it.</summary>
public sealed record ReportHistoryResponse(long Id, DateTimeOffset At, string Actor, string? OldStatus, string NewStatus, string? Note, bool Public, string? MediaUrl)
{
    public static ReportHistoryResponse From(ReportHistoryEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.Id, entry.At, entry.Actor, entry.OldStatus is { } old ? ReportStatuses.Name(old) : null, ReportStatuses.Name(entry.NewStatus), entry.Note, entry.Public, entry.MediaUrl);
    }
}
