using Polis.Citizens.Reports.Api;

namespace Polis.Citizens.Reports.OneCity;

/// <summary>The work report filed from an alarm.</summary>
public sealed record WorkReportResponse(Guid AlarmId, ReportResponse Report);
