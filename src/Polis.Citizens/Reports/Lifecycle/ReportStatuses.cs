namespace Polis.Citizens.Reports.Lifecycle;

/// <summary>Names and Open311 meaning of <see cref="ReportStatus"/>.</summary>
public static class ReportStatuses
{
    /// <summary>The status's name on the wire and in storage: snake case, as FixMyStreet's extended statuses are.</summary>
    public static string Name(ReportStatus status) => status switch
    {
        ReportStatus.Submitted => "submitted",
        ReportStatus.Confirmed => "confirmed",
        ReportStatus.Investigating => "investigating",
        ReportStatus.InProgress => "in_progress",
        ReportStatus.ActionScheduled => "action_scheduled",
        ReportStatus.Fixed => "fixed",
        ReportStatus.Closed => "closed",
        ReportStatus.Duplicate => "duplicate",
        ReportStatus.NotResponsible => "not_responsible",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The status named <paramref name="name"/> (case-insensitive), or null.</summary>
    public static ReportStatus? Parse(string? name) =>
        Enum.GetValues<ReportStatus>().Cast<ReportStatus?>().FirstOrDefault(s => string.Equals(Name(s!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>True while the city still has work to do: a fixed, closed, duplicate or not-responsible report is done.</summary>
    public static bool IsOpen(ReportStatus status) =>
        status is ReportStatus.Submitted or ReportStatus.Confirmed or ReportStatus.Investigating or ReportStatus.InProgress or ReportStatus.ActionScheduled;

    /// <summary>GeoReport v2's <c>status</c>: <c>open</c> or <c>closed</c>.</summary>
    public static string ToOpen311(ReportStatus status) => IsOpen(status) ? "open" : "closed";
}
