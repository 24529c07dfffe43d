namespace Polis.Transit.Gtfs.Reading;

/// <summary>The files of the GTFS Schedule reference that Polis reads, with their required and known columns.</summary>
internal static class GtfsSchemas
{
    public static readonly GtfsFileSchema Agency = new("agency.txt",
        ["agency_name", "agency_url", "agency_timezone"],
        ["agency_id", "agency_name", "agency_url", "agency_timezone", "agency_lang", "agency_phone", "agency_fare_url", "agency_email", "cemv_support"]);

    public static readonly GtfsFileSchema Stops = new("stops.txt",
        ["stop_id"],
        ["stop_id", "stop_code", "stop_name", "tts_stop_name", "stop_desc", "stop_lat", "stop_lon", "zone_id", "stop_url", "location_type",
         "parent_station", "stop_timezone", "wheelchair_boarding", "level_id", "platform_code", "stop_access"]);

    public static readonly GtfsFileSchema Routes = new("routes.txt",
        ["route_id", "route_type"],
        ["route_id", "agency_id", "route_short_name", "route_long_name", "route_desc", "route_type", "route_url", "route_color",
         "route_text_color", "route_sort_order", "continuous_pickup", "continuous_drop_off", "network_id", "cemv_support"]);

    public static readonly GtfsFileSchema Trips = new("trips.txt",
        ["route_id", "service_id", "trip_id"],
        ["route_id", "service_id", "trip_id", "trip_headsign", "trip_short_name", "direction_id", "block_id", "shape_id",
         "wheelchair_accessible", "bikes_allowed", "cars_allowed"]);

    public static readonly GtfsFileSchema StopTimes = new("stop_times.txt",
        ["trip_id", "stop_sequence", "stop_id"],
        ["trip_id", "arrival_time", "departure_time", "stop_id", "location_group_id", "location_id", "stop_sequence", "stop_headsign",
         "start_pickup_drop_off_window", "end_pickup_drop_off_window", "pickup_type", "drop_off_type", "continuous_pickup",
         "continuous_drop_off", "shape_dist_traveled", "timepoint", "pickup_booking_rule_id", "drop_off_booking_rule_id"]);

    public static readonly GtfsFileSchema Calendar = new("calendar.txt",
        ["service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "start_date", "end_date"],
        ["service_id", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "start_date", "end_date"]);

    public static readonly GtfsFileSchema CalendarDates = new("calendar_dates.txt",
        ["service_id", "date", "exception_type"],
        ["service_id", "date", "exception_type"]);

    public static readonly GtfsFileSchema Shapes = new("shapes.txt",
        ["shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence"],
        ["shape_id", "shape_pt_lat", "shape_pt_lon", "shape_pt_sequence", "shape_dist_traveled"]);

    public static readonly GtfsFileSchema Frequencies = new("frequencies.txt",
        ["trip_id", "start_time", "end_time", "headway_secs"],
        ["trip_id", "start_time", "end_time", "headway_secs", "exact_times"]);

    public static readonly GtfsFileSchema FeedInfo = new("feed_info.txt",
        ["feed_publisher_name", "feed_publisher_url", "feed_lang"],
        ["feed_publisher_name", "feed_publisher_url", "feed_lang", "default_lang", "feed_start_date", "feed_end_date", "feed_version",
         "feed_contact_email", "feed_contact_url"]);

    /// <summary>Every file Polis reads, in the order it reads them.</summary>
    public static readonly GtfsFileSchema[] All = [Agency, Stops, Routes, Trips, StopTimes, Calendar, CalendarDates, Shapes, Frequencies, FeedInfo];

    /// <summary>Files a feed cannot do without (calendar.txt and calendar_dates.txt: at least one of them).</summary>
    public static readonly GtfsFileSchema[] Required = [Agency, Stops, Routes, Trips, StopTimes];
}
