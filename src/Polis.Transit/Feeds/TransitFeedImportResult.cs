using Polis.Transit.Gtfs.Validation;

namespace Polis.Transit.Feeds;

/// <summary>What an import did, the version it made active (none when refused) and the feed's report.</summary>
public sealed record TransitFeedImportResult(TransitFeedImportOutcome Outcome, TransitFeedVersion? Version, GtfsValidationReport Report)
{
    /// <summary>True when the zip could not be read as an archive at all (not a zip, damaged, over the limits).</summary>
    public bool IsUnreadableZip => Outcome == TransitFeedImportOutcome.Refused
        && Report.Notices.Any(n => n.Code == GtfsNoticeCodes.InvalidZipFile.Code || n.Code == GtfsNoticeCodes.ZipTooLarge.Code);
}
