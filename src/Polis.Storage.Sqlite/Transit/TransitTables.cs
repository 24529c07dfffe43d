using Microsoft.Data.Sqlite;
using Polis.Transit.Gtfs;

namespace Polis.Storage.Sqlite.Transit;

/// <summary>The mapping of each GTFS record to its table in 0013_transit_feeds.sql.</summary>
internal static class TransitTables
{
    public static readonly TransitTableMap<GtfsAgency> Agencies = new("transit_agencies", "agency_id, name, url, timezone, lang, phone",
        (a, v) => (v[0], v[1], v[2], v[3], v[4], v[5]) = (a.Id, a.Name, a.Url, a.Timezone, a.Language, a.Phone),
        (r, s) => new GtfsAgency(s(r.GetString(0)), r.GetString(1), r.GetString(2), r.GetString(3), Text(r, 4), Text(r, 5)));

    public static readonly TransitTableMap<GtfsStop> Stops = new("transit_stops",
        "stop_id, name, lat, lon, location_type, code, parent_station, platform_code, timezone, wheelchair_boarding",
        (x, v) => (v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]) =
            (x.Id, x.Name, x.Latitude, x.Longitude, (int)x.LocationType, x.Code, x.ParentStation, x.PlatformCode, x.Timezone, x.WheelchairBoarding),
        (r, s) => new GtfsStop(s(r.GetString(0)), r.GetString(1), Real(r, 2), Real(r, 3), (GtfsLocationType)r.GetInt32(4), Text(r, 5), Id(r, 6, s),
            Text(r, 7), Id(r, 8, s), r.GetInt32(9)));

    public static readonly TransitTableMap<GtfsRoute> Routes = new("transit_routes",
        "route_id, agency_id, short_name, long_name, route_type, color, text_color, description, sort_order",
        (x, v) => (v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8]) = (x.Id, x.AgencyId, x.ShortName, x.LongName, x.Type, x.Color, x.TextColor, x.Description, x.SortOrder),
        (r, s) => new GtfsRoute(s(r.GetString(0)), Id(r, 1, s), Text(r, 2), Text(r, 3), r.GetInt32(4), Text(r, 5), Text(r, 6), Text(r, 7), Integer(r, 8)));

    public static readonly TransitTableMap<GtfsTrip> Trips = new("transit_trips",
        "trip_id, route_id, service_id, headsign, short_name, direction_id, block_id, shape_id",
        (x, v) => (v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7]) = (x.Id, x.RouteId, x.ServiceId, x.Headsign, x.ShortName, x.DirectionId, x.BlockId, x.ShapeId),
        (r, s) => new GtfsTrip(s(r.GetString(0)), s(r.GetString(1)), s(r.GetString(2)), Id(r, 3, s), Text(r, 4), Integer(r, 5), Id(r, 6, s), Id(r, 7, s)));

    public static readonly TransitTableMap<GtfsStopTime> StopTimes = new("transit_stop_times",
        "trip_id, stop_sequence, stop_id, arrival, departure, shape_dist, headsign, pickup_type, drop_off_type, timepoint",
        (x, v) => (v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]) =
            (x.TripId, x.StopSequence, x.StopId, x.ArrivalSeconds, x.DepartureSeconds, x.ShapeDistTraveled, x.StopHeadsign, x.PickupType, x.DropOffType, x.Timepoint ? 1 : 0),
        (r, s) => new GtfsStopTime(s(r.GetString(0)), r.GetInt32(1), s(r.GetString(2)), Integer(r, 3), Integer(r, 4), Real(r, 5), Id(r, 6, s),
            r.GetInt32(7), r.GetInt32(8), r.GetInt32(9) == 1));

    public static readonly TransitTableMap<GtfsCalendar> Calendars = new("transit_calendars", "service_id, days, start_date, end_date",
        (x, v) => (v[0], v[1], v[2], v[3]) = (x.ServiceId, (int)x.Days, DateNumber(x.StartDate), DateNumber(x.EndDate)),
        (r, s) => new GtfsCalendar(s(r.GetString(0)), (GtfsWeekdays)r.GetInt32(1), Date(r.GetInt32(2)), Date(r.GetInt32(3))));

    public static readonly TransitTableMap<GtfsCalendarDate> CalendarDates = new("transit_calendar_dates", "service_id, date, exception_type",
        (x, v) => (v[0], v[1], v[2]) = (x.ServiceId, DateNumber(x.Date), (int)x.ExceptionType),
        (r, s) => new GtfsCalendarDate(s(r.GetString(0)), Date(r.GetInt32(1)), (GtfsExceptionType)r.GetInt32(2)));

    public static readonly TransitTableMap<GtfsShapePoint> ShapePoints = new("transit_shape_points", "shape_id, sequence, lat, lon, dist",
        (x, v) => (v[0], v[1], v[2], v[3], v[4]) = (x.ShapeId, x.Sequence, x.Latitude, x.Longitude, x.DistTraveled),
        (r, s) => new GtfsShapePoint(s(r.GetString(0)), r.GetInt32(1), r.GetDouble(2), r.GetDouble(3), Real(r, 4)));

    public static readonly TransitTableMap<GtfsFrequency> Frequencies = new("transit_frequencies", "trip_id, start_time, end_time, headway_secs, exact_times",
        (x, v) => (v[0], v[1], v[2], v[3], v[4]) = (x.TripId, x.StartSeconds, x.EndSeconds, x.HeadwaySeconds, x.ExactTimes ? 1 : 0),
        (r, s) => new GtfsFrequency(s(r.GetString(0)), r.GetInt32(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4) == 1));

    public static readonly TransitTableMap<GtfsFeedInfo> FeedInfo = new("transit_feed_info", "publisher_name, publisher_url, lang, start_date, end_date, version",
        (x, v) => (v[0], v[1], v[2], v[3], v[4], v[5]) = (x.PublisherName, x.PublisherUrl, x.Language, DateNumber(x.StartDate), DateNumber(x.EndDate), x.Version),
        (r, _) => new GtfsFeedInfo(r.GetString(0), r.GetString(1), r.GetString(2), r.IsDBNull(3) ? null : Date(r.GetInt32(3)), r.IsDBNull(4) ? null : Date(r.GetInt32(4)), Text(r, 5)));

    /// <summary>Every table of a feed's rows (deletion walks them all).</summary>
    public static readonly string[] Names =
        [Agencies.Table, Stops.Table, Routes.Table, Trips.Table, StopTimes.Table, Calendars.Table, CalendarDates.Table, ShapePoints.Table, Frequencies.Table, FeedInfo.Table];

    private static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    private static string? Id(SqliteDataReader r, int i, Func<string, string> share) => r.IsDBNull(i) ? null : share(r.GetString(i));

    private static double? Real(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetDouble(i);

    private static int? Integer(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetInt32(i);

    private static int DateNumber(DateOnly date) => (date.Year * 10_000) + (date.Month * 100) + date.Day;

    private static int? DateNumber(DateOnly? date) => date is { } d ? DateNumber(d) : null;

    private static DateOnly Date(int number) => new(number / 10_000, number / 100 % 100, number % 100);
}
