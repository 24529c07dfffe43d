namespace Polis.Transit.Gtfs;

/// <summary>Where an import is: the stage, the file being read (reading), rows done and, when known, rows in all.</summary>
public sealed record GtfsImportProgress(GtfsImportStage Stage, string? File, long Rows, long? TotalRows = null);
