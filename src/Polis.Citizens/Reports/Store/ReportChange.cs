using Polis.Citizens.Reports.Lifecycle;

namespace Polis.Citizens.Reports.Store;

/// <summary>
/// A change to apply to one report in one transaction: a new status (null keeps it) and/or a note. The store records
/// it as a history entry with the status the report had.
/// </summary>
public sealed record ReportChange(
    long ReportId,
    ReportStatus? NewStatus,
    string? Note,
    bool Public,
    string Actor,
    DateTimeOffset At,
    string? MediaUrl = null,
    string? ExternalId = null);
