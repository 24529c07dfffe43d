namespace Polis.Citizens.Reports.Lifecycle;

/// <summary>
/// Where a resident's report stands, in the words city staff use (FixMyStreet's states). Open311 GeoReport v2 knows
/// only <c>open</c> and <c>closed</c>: <see cref="ReportStatuses.ToOpen311"/> maps these onto them. Stored by name: do
/// not rename.
/// </summary>
public enum ReportStatus
{
    Submitted,
    Confirmed,
    Investigating,
    InProgress,
    ActionScheduled,
    Fixed,
    Closed,
    Duplicate,
    NotResponsible,
}
