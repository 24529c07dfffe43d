namespace Polis.Citizens.Reports.OneCity;

/// <summary>An alarm taken for a work report: the report once written (null while it is being written), who took it, when.</summary>
public sealed record AlarmReportClaim(Guid AlarmId, long? ReportId, DateTimeOffset ClaimedAt, string ClaimedBy);
