namespace Polis.Citizens.Reports.Mine;

/// <summary>GET /api/v1/me/reports/{id}: the resident's report and its public history, oldest first.</summary>
public sealed record MyReportDetailResponse(MyReportResponse Report, IReadOnlyList<MyReportHistoryResponse> History);
