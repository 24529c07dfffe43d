using System.Globalization;
using System.IO.Compression;
using System.Text;
using Polis.Transit.Gtfs;

namespace Polis.Transit.Tests.Tracking;

/// <summary>
/// STOP-GAP, tests only: reads the files of a GTFS zip that tracking tests need (agency, stops, routes, trips,
/// stop_times, calendar, calendar_dates, frequencies, shapes) into a <see cref="GtfsFeed"/>, with no validation.
/// It stands in for the module's GtfsZipReader, which is built on another branch; replace it with that reader when
/// it reaches main.
/// </summary>
internal static class StopGapGtfsZip
{
    public static string DataPath(string name) => Path.Combine(RepositoryRoot(), "..", "shared", "data", "gtfs", name);

    public static GtfsFeed Read(string path)
    {
        using var zip = ZipFile.OpenRead(path);
        var feed = new GtfsFeed();
        foreach (var r in Rows(zip, "agency.txt"))
        {
            feed.Agencies.Add(new GtfsAgency(r.Get("agency_id") ?? string.Empty, r.Get("agency_name") ?? string.Empty, r.Get("agency_url") ?? string.Empty, r.Get("agency_timezone") ?? "Etc/UTC"));
        }

        foreach (var r in Rows(zip, "stops.txt"))
        {
            feed.Stops.Add(new GtfsStop(r.Get("stop_id")!, r.Get("stop_name") ?? string.Empty, r.Double("stop_lat"), r.Double("stop_lon")));
        }

        foreach (var r in Rows(zip, "routes.txt"))
        {
            feed.Routes.Add(new GtfsRoute(r.Get("route_id")!, r.Get("agency_id"), r.Get("route_short_name"), r.Get("route_long_name"), r.Int("route_type") ?? 3));
        }

        foreach (var r in Rows(zip, "trips.txt"))
        {
            feed.Trips.Add(new GtfsTrip(r.Get("trip_id")!, r.Get("route_id")!, r.Get("service_id")!, r.Get("trip_headsign"), r.Get("trip_short_name"), r.Int("direction_id"), r.Get("block_id"), r.Get("shape_id")));
        }

        foreach (var r in Rows(zip, "stop_times.txt"))
        {
            feed.StopTimes.Add(new GtfsStopTime(r.Get("trip_id")!, r.Int("stop_sequence") ?? 0, r.Get("stop_id")!, r.Time("arrival_time"), r.Time("departure_time"),
                r.Double("shape_dist_traveled"), r.Get("stop_headsign"), r.Int("pickup_type") ?? 0, r.Int("drop_off_type") ?? 0, r.Int("timepoint") != 0));
        }

        foreach (var r in Rows(zip, "calendar.txt"))
        {
            string[] days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
            var mask = days.Select((d, i) => r.Int(d) == 1 ? 1 << i : 0).Sum();
            feed.Calendars.Add(new GtfsCalendar(r.Get("service_id")!, (GtfsWeekdays)mask, r.Date("start_date"), r.Date("end_date")));
        }

        foreach (var r in Rows(zip, "calendar_dates.txt"))
        {
            feed.CalendarDates.Add(new GtfsCalendarDate(r.Get("service_id")!, r.Date("date"), (GtfsExceptionType)(r.Int("exception_type") ?? 1)));
        }

        foreach (var r in Rows(zip, "frequencies.txt"))
        {
            feed.Frequencies.Add(new GtfsFrequency(r.Get("trip_id")!, r.Time("start_time") ?? 0, r.Time("end_time") ?? 0, r.Int("headway_secs") ?? 0, r.Int("exact_times") == 1));
        }

        foreach (var r in Rows(zip, "shapes.txt"))
        {
            feed.ShapePoints.Add(new GtfsShapePoint(r.Get("shape_id")!, r.Int("shape_pt_sequence") ?? 0, r.Double("shape_pt_lat") ?? 0, r.Double("shape_pt_lon") ?? 0, r.Double("shape_dist_traveled")));
        }

        return feed;
    }

    private static IEnumerable<Row> Rows(ZipArchive zip, string name)
    {
        var entry = zip.GetEntry(name);
        if (entry is null)
        {
            yield break;
        }

        using var reader = new StreamReader(entry.Open(), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var header = reader.ReadLine() is { } first ? Split(first).Select(h => h.Trim()).ToArray() : [];
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                yield return new Row(header, Split(line));
            }
        }
    }

    /// <summary>One CSV line: commas, double-quoted fields with "" for a quote (no line breaks inside fields in these feeds).</summary>
    private static string[] Split(string line)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Polis.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Polis.slnx not found above the test assembly.");
    }

    private sealed class Row(string[] header, string[] values)
    {
        public string? Get(string column)
        {
            var index = Array.IndexOf(header, column);
            return index >= 0 && index < values.Length && values[index].Trim() is { Length: > 0 } value ? value : null;
        }

        public int? Int(string column) => int.TryParse(Get(column), NumberStyles.Integer, CultureInfo.InvariantCulture, out var v) ? v : null;

        public double? Double(string column) => double.TryParse(Get(column), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null;

        public int? Time(string column) => Get(column) is { } text && Polis.Transit.Timetable.GtfsTime.TryParse(text, out var seconds) ? seconds : null;

        public DateOnly Date(string column) => DateOnly.ParseExact(Get(column)!, "yyyyMMdd", CultureInfo.InvariantCulture);
    }
}
