namespace Polis.Citizens.Reports.Api;

/// <summary>Body of POST /api/v1/citizens/reports/{id}/notes: the text and whether residents see it (internal by default).</summary>
public sealed record ReportNoteRequest(string? Text, bool? Public);
