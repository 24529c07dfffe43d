namespace Polis.Citizens.Reports.Api;

/// <summary>
/// Body of POST /api/v1/citizens/reports/{id}/status: the new status's name, a note (public unless said otherwise) and,
/// for <c>duplicate</c>, the original report's id.
/// </summary>
public sealed record ReportStatusRequest(string? Status, string? Note, bool? Public, long? DuplicateOf = null);
