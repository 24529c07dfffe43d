namespace Polis.Citizens.Reports.Support;

/// <summary>
/// A resident who backs a report: by pressing "me too" (<see cref="DuplicateReportId"/> null), or by filing a report
/// staff marked a duplicate of it (that report's id).
/// </summary>
public sealed record ReportSupporter(long ReportId, string Resident, DateTimeOffset At, long? DuplicateReportId);
