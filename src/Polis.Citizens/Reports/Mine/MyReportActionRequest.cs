namespace Polis.Citizens.Reports.Mine;

/// <summary>Body of a resident's confirm or reopen: a note, required to reopen (what is still wrong).</summary>
public sealed record MyReportActionRequest(string? Note);
