using Polis.Citizens.Reports.Lifecycle;

namespace Polis.Citizens.Reports.Store;

/// <summary>
/// One change to a report: a status change with an optional note, or a note alone (then <see cref="OldStatus"/> equals
/// <see cref="NewStatus"/>, the status the report had). The first entry, the report's creation, has no old status.
/// Public entries are what residents and Open311 clients see (servicerequestupdates); internal ones are staff's.
/// </summary>
public sealed record ReportHistoryEntry(
    long Id,
    long ReportId,
    DateTimeOffset At,
    string Actor,
    ReportStatus? OldStatus,
    ReportStatus NewStatus,
    string? Note,
    bool Public,
    string? MediaUrl = null,
    string? ExternalId = null)
{
    public bool ChangesStatus => OldStatus != NewStatus;
}
