namespace Polis.Transit.Gtfs;

/// <summary>
/// A static GTFS feed as parsed from its files, before any index is built: what the validator checks, the store
/// saves and <see cref="Timetable.TransitNetwork"/> is built from. Rows keep the feed's order.
/// </summary>
public sealed class GtfsFeed
{
    public List<GtfsAgency> Agencies { get; init; } = [];

    public List<GtfsStop> Stops { get; init; } = [];

    public List<GtfsRoute> Routes { get; init; } = [];

    public List<GtfsTrip> Trips { get; init; } = [];

    public List<GtfsStopTime> StopTimes { get; init; } = [];

    public List<GtfsCalendar> Calendars { get; init; } = [];

    public List<GtfsCalendarDate> CalendarDates { get; init; } = [];

    public List<GtfsShapePoint> ShapePoints { get; init; } = [];

    public List<GtfsFrequency> Frequencies { get; init; } = [];

    public GtfsFeedInfo? FeedInfo { get; set; }
}
