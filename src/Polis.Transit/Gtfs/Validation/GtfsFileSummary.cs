namespace Polis.Transit.Gtfs.Validation;

/// <summary>A GTFS file found in the zip and the data rows read from it (header and blank rows not counted).</summary>
public sealed record GtfsFileSummary(string File, int Rows);
