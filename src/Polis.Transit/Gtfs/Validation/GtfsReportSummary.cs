namespace Polis.Transit.Gtfs.Validation;

/// <summary>Notice counts by severity (occurrences, not codes) and the files read.</summary>
public sealed record GtfsReportSummary(int Errors, int Warnings, int Infos, IReadOnlyList<GtfsFileSummary> Files);
