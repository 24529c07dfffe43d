namespace Polis.Citizens.Reports.Api;

/// <summary>Body of POST /api/v1/citizens/reports/{id}/status: the new status's name and a note (public unless said otherwise).</summary>
public sealed record ReportStatusRequest(string? Status, string? Note, bool? Public);
