namespace Polis.Transit.Gtfs.Reading;

/// <summary>Rows of agency.txt, stops.txt, routes.txt, trips.txt and feed_info.txt into the feed's records.</summary>
internal static class GtfsNetworkFileReaders
{
    public static void ReadAgencies(GtfsTable table, GtfsFeed feed)
    {
        var f = table.Fields;
        var (id, name, url, timezone, lang, phone, fareUrl) = (f.Column("agency_id"), f.Column("agency_name"), f.Column("agency_url"),
            f.Column("agency_timezone"), f.Column("agency_lang"), f.Column("agency_phone"), f.Column("agency_fare_url"));
        while (table.Next())
        {
            f.Url(fareUrl);
            feed.Agencies.Add(new GtfsAgency(f.Id(id, required: false), f.Text(name, required: true), f.Url(url, required: true) ?? string.Empty,
                f.Timezone(timezone, required: true) ?? string.Empty, f.OptionalText(lang), f.OptionalText(phone)));
        }
    }

    public static void ReadStops(GtfsTable table, GtfsFeed feed)
    {
        var f = table.Fields;
        var (id, code, name, lat, lon, type, parent) = (f.Column("stop_id"), f.Column("stop_code"), f.Column("stop_name"), f.Column("stop_lat"),
            f.Column("stop_lon"), f.Column("location_type"), f.Column("parent_station"));
        var (timezone, wheelchair, platform, url) = (f.Column("stop_timezone"), f.Column("wheelchair_boarding"), f.Column("platform_code"), f.Column("stop_url"));
        while (table.Next())
        {
            var locationType = (GtfsLocationType)f.Enum(type, 0, v => v is >= 0 and <= 4);
            var located = locationType <= GtfsLocationType.Entrance;
            if (located && f.IsEmpty(name))
            {
                f.Missing(name, " for stops, stations and entrances");
            }

            if (!located && f.IsEmpty(parent))
            {
                f.Missing(parent, " for generic nodes and boarding areas");
            }
            else if (locationType == GtfsLocationType.Entrance && f.IsEmpty(parent))
            {
                f.Missing(parent, " for entrances");
            }

            var latitude = f.Float(lat, located, -90, 90);
            var longitude = f.Float(lon, located, -180, 180);
            f.Url(url);
            feed.Stops.Add(new GtfsStop(f.Id(id), f.Text(name), latitude, longitude, locationType, f.OptionalText(code), f.OptionalId(parent),
                f.OptionalText(platform), f.Timezone(timezone), f.Enum(wheelchair, 0, v => v is >= 0 and <= 2)));
        }
    }

    public static void ReadRoutes(GtfsTable table, GtfsFeed feed)
    {
        var f = table.Fields;
        var (id, agency, shortName, longName, type, color, textColor) = (f.Column("route_id"), f.Column("agency_id"), f.Column("route_short_name"),
            f.Column("route_long_name"), f.Column("route_type"), f.Column("route_color"), f.Column("route_text_color"));
        var (description, sortOrder, url) = (f.Column("route_desc"), f.Column("route_sort_order"), f.Column("route_url"));
        while (table.Next())
        {
            f.Url(url);
            // Basic route types and Google's extended ones (100-1799) are both in common use.
            var routeType = f.Enum(type, 3, v => v is (>= 0 and <= 7) or 11 or 12 or (>= 100 and <= 1799), required: true);
            feed.Routes.Add(new GtfsRoute(f.Id(id), f.OptionalId(agency), f.OptionalText(shortName), f.OptionalText(longName), routeType,
                f.Color(color), f.Color(textColor), f.OptionalText(description), f.Integer(sortOrder, min: 0)));
        }
    }

    public static void ReadTrips(GtfsTable table, GtfsFeed feed)
    {
        var f = table.Fields;
        var (route, service, id, headsign, shortName, direction, block, shape) = (f.Column("route_id"), f.Column("service_id"), f.Column("trip_id"),
            f.Column("trip_headsign"), f.Column("trip_short_name"), f.Column("direction_id"), f.Column("block_id"), f.Column("shape_id"));
        var (wheelchair, bikes) = (f.Column("wheelchair_accessible"), f.Column("bikes_allowed"));
        while (table.Next())
        {
            f.Enum(wheelchair, 0, v => v is >= 0 and <= 2);
            f.Enum(bikes, 0, v => v is >= 0 and <= 2);
            var directionId = f.Enum(direction, -1, v => v is 0 or 1, instead: "the trip has no direction");
            feed.Trips.Add(new GtfsTrip(f.Id(id), f.Id(route), f.Id(service), f.OptionalId(headsign), f.OptionalText(shortName),
                directionId < 0 ? null : directionId, f.OptionalId(block), f.OptionalId(shape)));
        }
    }

    /// <summary>feed_info.txt has one row; further rows are ignored.</summary>
    public static GtfsFeedInfo? ReadFeedInfo(GtfsTable table)
    {
        var f = table.Fields;
        var (name, url, lang, start, end, version) = (f.Column("feed_publisher_name"), f.Column("feed_publisher_url"), f.Column("feed_lang"),
            f.Column("feed_start_date"), f.Column("feed_end_date"), f.Column("feed_version"));
        GtfsFeedInfo? info = null;
        while (table.Next())
        {
            info ??= new GtfsFeedInfo(f.Text(name, required: true), f.Url(url, required: true) ?? string.Empty, f.Text(lang, required: true),
                f.Date(start), f.Date(end), f.OptionalText(version));
        }

        return info;
    }
}
