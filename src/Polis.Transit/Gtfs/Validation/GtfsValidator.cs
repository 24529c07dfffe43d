namespace Polis.Transit.Gtfs.Validation;

/// <summary>
/// The rules across rows and files of a parsed feed, in the spirit of MobilityData's gtfs-validator: keys and
/// references, each trip's stop times, shapes, agencies, routes and the calendar. Per-value rules (types,
/// ranges, required fields) run while the files are read (<see cref="Reading.GtfsZipReader"/>).
/// </summary>
public static class GtfsValidator
{
    public static void Validate(GtfsFeed feed, GtfsNoticeCollector notices, GtfsValidationContext context, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(feed);
        ArgumentNullException.ThrowIfNull(notices);
        ArgumentNullException.ThrowIfNull(context);
        var index = new GtfsFeedIndex(feed);
        GtfsKeyRules.Check(feed, index, notices, context);
        GtfsServiceRules.Check(feed, index, notices, context);
        cancellationToken.ThrowIfCancellationRequested();
        GtfsTripRules.Check(feed, index, notices, context, cancellationToken);
        GtfsShapeRules.Check(feed, index, notices, context);
    }
}
