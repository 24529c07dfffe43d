namespace Polis.Transit.Gtfs;

/// <summary>The steps of an import, in order, as the CLI's progress bar shows them.</summary>
public enum GtfsImportStage
{
    Reading,
    Validating,
    Storing,
    Activating,
}
