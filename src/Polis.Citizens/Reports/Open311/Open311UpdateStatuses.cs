using Polis.Citizens.Reports.Lifecycle;

namespace Polis.Citizens.Reports.Open311;

/// <summary>
/// The statuses of mySociety's servicerequestupdates extension (upper case, as FixMyStreet sends and reads them):
/// OPEN and CLOSED plus the extended ones FixMyStreet maps onto its own states.
/// </summary>
public static class Open311UpdateStatuses
{
    public static string Name(ReportStatus status) => status switch
    {
        ReportStatus.Submitted or ReportStatus.Confirmed => "OPEN",
        ReportStatus.Investigating => "INVESTIGATING",
        ReportStatus.InProgress => "IN_PROGRESS",
        ReportStatus.ActionScheduled => "ACTION_SCHEDULED",
        ReportStatus.Fixed => "FIXED",
        ReportStatus.Duplicate => "DUPLICATE",
        ReportStatus.NotResponsible => "NOT_COUNCILS_RESPONSIBILITY",
        _ => "CLOSED",
    };

    /// <summary>
    /// The status a posted update asks for, given the report's current one: OPEN keeps an open report as it is and
    /// reopens a closed one (as REOPEN does); null for a name this endpoint does not know.
    /// </summary>
    public static ReportStatus? Parse(string? name, ReportStatus current) => name?.Trim().ToUpperInvariant() switch
    {
        "OPEN" => ReportStatuses.IsOpen(current) ? current : ReportStatus.Confirmed,
        "REOPEN" => ReportStatus.Confirmed,
        "CLOSED" or "NO_FURTHER_ACTION" => ReportStatus.Closed,
        "INVESTIGATING" => ReportStatus.Investigating,
        "IN_PROGRESS" => ReportStatus.InProgress,
        "ACTION_SCHEDULED" or "PLANNED" => ReportStatus.ActionScheduled,
        "FIXED" => ReportStatus.Fixed,
        "DUPLICATE" => ReportStatus.Duplicate,
        "NOT_COUNCILS_RESPONSIBILITY" => ReportStatus.NotResponsible,
        _ => null,
    };
}
