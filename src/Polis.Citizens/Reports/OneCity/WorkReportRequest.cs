namespace Polis.Citizens.Reports.OneCity;

/// <summary>A work report to file from a platform alarm: the alarm, the service it is a report of, an optional description (else the alarm's).</summary>
public sealed record WorkReportRequest(string? AlarmId, string? ServiceCode, string? Description);
