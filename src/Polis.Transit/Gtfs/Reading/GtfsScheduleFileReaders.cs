namespace Polis.Transit.Gtfs.Reading;

/// <summary>
/// Rows of stop_times.txt, calendar.txt, calendar_dates.txt, shapes.txt and frequencies.txt into the feed's
/// records. A row whose key values are unusable (a shape point without coordinates, a calendar without dates)
/// is left out after its notice, since the record cannot exist without them.
/// </summary>
internal static class GtfsScheduleFileReaders
{
    public static void ReadStopTimes(GtfsTable table, GtfsFeed feed)
    {
        var f = table.Fields;
        var (trip, arrival, departure, stop, sequence, headsign) = (f.Column("trip_id"), f.Column("arrival_time"), f.Column("departure_time"),
            f.Column("stop_id"), f.Column("stop_sequence"), f.Column("stop_headsign"));
        var (pickup, dropOff, distance, timepoint) = (f.Column("pickup_type"), f.Column("drop_off_type"), f.Column("shape_dist_traveled"), f.Column("timepoint"));
        while (table.Next())
        {
            var arrivalSeconds = f.Time(arrival);
            var departureSeconds = f.Time(departure);
            // An empty timepoint means exact times wherever times are given (GTFS reference, stop_times.timepoint).
            var exact = f.Enum(timepoint, arrivalSeconds is not null || departureSeconds is not null ? 1 : 0, v => v is 0 or 1) == 1;
            feed.StopTimes.Add(new GtfsStopTime(f.Id(trip), f.Integer(sequence, required: true, min: 0) ?? 0, f.Id(stop), arrivalSeconds, departureSeconds,
                f.Float(distance, min: 0), f.OptionalId(headsign), f.Enum(pickup, 0, v => v is >= 0 and <= 3), f.Enum(dropOff, 0, v => v is >= 0 and <= 3), exact));
        }
    }

    public static void ReadCalendars(GtfsTable table, GtfsFeed feed)
    {
        var f = table.Fields;
        var service = f.Column("service_id");
        GtfsColumn[] days = [f.Column("monday"), f.Column("tuesday"), f.Column("wednesday"), f.Column("thursday"), f.Column("friday"), f.Column("saturday"), f.Column("sunday")];
        var (start, end) = (f.Column("start_date"), f.Column("end_date"));
        while (table.Next())
        {
            var weekdays = GtfsWeekdays.None;
            for (var d = 0; d < days.Length; d++)
            {
                if (f.Enum(days[d], 0, v => v is 0 or 1, required: true) == 1)
                {
                    weekdays |= (GtfsWeekdays)(1 << d);
                }
            }

            var id = f.Id(service);
            if ((f.Date(start, required: true), f.Date(end, required: true)) is ({ } from, { } to))
            {
                feed.Calendars.Add(new GtfsCalendar(id, weekdays, from, to));
            }
            else
            {
                table.Drop();
            }
        }
    }

    public static void ReadCalendarDates(GtfsTable table, GtfsFeed feed)
    {
        var f = table.Fields;
        var (service, date, type) = (f.Column("service_id"), f.Column("date"), f.Column("exception_type"));
        while (table.Next())
        {
            var id = f.Id(service);
            var day = f.Date(date, required: true);
            var exception = f.Enum(type, 0, v => v is 1 or 2, required: true, instead: "the row is ignored");
            if (day is { } d && exception != 0)
            {
                feed.CalendarDates.Add(new GtfsCalendarDate(id, d, (GtfsExceptionType)exception));
            }
            else
            {
                table.Drop();
            }
        }
    }

    public static void ReadShapes(GtfsTable table, GtfsFeed feed)
    {
        var f = table.Fields;
        var (id, lat, lon, sequence, distance) = (f.Column("shape_id"), f.Column("shape_pt_lat"), f.Column("shape_pt_lon"), f.Column("shape_pt_sequence"), f.Column("shape_dist_traveled"));
        while (table.Next())
        {
            var shape = f.Id(id);
            if ((f.Float(lat, true, -90, 90), f.Float(lon, true, -180, 180), f.Integer(sequence, required: true, min: 0)) is ({ } latitude, { } longitude, { } seq))
            {
                feed.ShapePoints.Add(new GtfsShapePoint(shape, seq, latitude, longitude, f.Float(distance, min: 0)));
            }
            else
            {
                table.Drop();
            }
        }
    }

    public static void ReadFrequencies(GtfsTable table, GtfsFeed feed)
    {
        var f = table.Fields;
        var (trip, start, end, headway, exact) = (f.Column("trip_id"), f.Column("start_time"), f.Column("end_time"), f.Column("headway_secs"), f.Column("exact_times"));
        while (table.Next())
        {
            var id = f.Id(trip);
            var exactTimes = f.Enum(exact, 0, v => v is 0 or 1) == 1;
            if ((f.Time(start, required: true), f.Time(end, required: true), f.Integer(headway, required: true, min: 1)) is ({ } from, { } to, { } seconds))
            {
                feed.Frequencies.Add(new GtfsFrequency(id, from, to, seconds, exactTimes));
            }
            else
            {
                table.Drop();
            }
        }
    }
}
