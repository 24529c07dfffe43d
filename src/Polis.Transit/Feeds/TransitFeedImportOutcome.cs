namespace Polis.Transit.Feeds;

public enum TransitFeedImportOutcome
{
    /// <summary>Stored and activated as a new version.</summary>
    Imported,

    /// <summary>The same bytes (SHA-256) are the active feed already: nothing was written.</summary>
    AlreadyActive,

    /// <summary>The report has errors (or the zip could not be read): nothing was written.</summary>
    Refused,
}
