namespace Polis.Citizens.Reports.Api;

/// <summary>GET /api/v1/citizens/reports/{id}: the report and its whole history, oldest first.</summary>
public sealed record ReportDetailResponse(ReportResponse Report, IReadOnlyList<ReportHistoryResponse> History);
