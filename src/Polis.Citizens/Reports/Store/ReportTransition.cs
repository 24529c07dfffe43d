using Polis.Citizens.Notifications;
using Polis.Citizens.Reports.Lifecycle;

namespace Polis.Citizens.Reports.Store;

/// <summary>
/// A checked change to store in one transaction (<see cref="IReportStore.TransitionAsync"/>): the report's new lifecycle
/// state, on condition that its status is still <see cref="ExpectedStatus"/> (compare-and-set), with its history entry
/// and, when the report has a reporter and <see cref="Notice"/> is given, their notification. A note alone keeps the
/// state (<see cref="NewState"/> equals the state read).
/// </summary>
public sealed record ReportTransition(
    long ReportId,
    ReportStatus ExpectedStatus,
    ReportLifecycleState NewState,
    string? Note,
    bool Public,
    string Actor,
    DateTimeOffset At,
    ResidentNotice? Notice,
    string? MediaUrl = null,
    string? ExternalId = null);
