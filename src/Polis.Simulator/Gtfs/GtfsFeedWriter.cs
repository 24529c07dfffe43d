using System.Globalization;
using System.IO.Compression;
using System.Text;
using Polis.Simulator.Behaviour;
using Polis.Simulator.Generation;
using Polis.Simulator.Model;

namespace Polis.Simulator.Gtfs;

/// <summary>
/// Writes the city's bus network as a valid GTFS static feed (zip): agency, stops, routes, trips, stop_times,
/// calendar, shapes and feed_info. Times are the same timetable the simulated buses drive (UTC). The bytes
/// depend on the city only (entries carry a fixed date), so uploading the same city again is recognised as the
/// feed already active.
/// </summary>
public static class GtfsFeedWriter
{
    public const string AgencyId = "polis-transit";
    private static readonly DateTimeOffset EntryDate = new(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(SimulatedCity city, Stream output)
    {
        ArgumentNullException.ThrowIfNull(city);
        using var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        Entry(zip, "agency.txt", w =>
        {
            w.WriteLine("agency_id,agency_name,agency_url,agency_timezone");
            w.WriteLine($"{AgencyId},Polis City Transit,https://polis.example/transit,Etc/UTC");
        });

        Entry(zip, "feed_info.txt", w =>
        {
            w.WriteLine("feed_publisher_name,feed_publisher_url,feed_lang,feed_start_date,feed_end_date,feed_version");
            w.WriteLine(Invariant($"Polis simulated city,https://polis.example/transit,en,20240101,20351231,sim-{city.Seed}-{city.Preset.Scale.ToString().ToLowerInvariant()}"));
        });

        var timetables = city.Routes.Select(r => new BusTimetable(r, city.Preset.BusesPerRoute)).ToList();
        Entry(zip, "stops.txt", w =>
        {
            w.WriteLine("stop_id,stop_name,stop_lat,stop_lon");
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var route in city.Routes)
            {
                for (var s = 0; s < route.StopIds.Count; s++)
                {
                    if (written.Add(route.StopIds[s]))
                    {
                        var position = route.Path[route.StopNodes[s]];
                        w.WriteLine(Invariant($"{route.StopIds[s]},{Quote(StopName(city.Streets, route.StopIds[s]))},{position.Latitude:F6},{position.Longitude:F6}"));
                    }
                }
            }
        });

        Entry(zip, "routes.txt", w =>
        {
            w.WriteLine("route_id,agency_id,route_short_name,route_long_name,route_type");
            foreach (var route in city.Routes)
            {
                w.WriteLine($"{route.Id},{AgencyId},{route.ShortName},{Quote(route.LongName)},3");
            }
        });

        Entry(zip, "calendar.txt", w =>
        {
            w.WriteLine("service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date");
            w.WriteLine("daily,1,1,1,1,1,1,1,20240101,20351231");
        });

        Entry(zip, "shapes.txt", w =>
        {
            w.WriteLine("shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence");
            foreach (var route in city.Routes)
            {
                for (var direction = 0; direction < 2; direction++)
                {
                    var points = direction == 0 ? route.Path : route.Path.Reverse().ToList();
                    for (var i = 0; i < points.Count; i++)
                    {
                        w.WriteLine(Invariant($"{route.Id}-{direction},{points[i].Latitude:F6},{points[i].Longitude:F6},{i + 1}"));
                    }
                }
            }
        });

        Entry(zip, "trips.txt", w =>
        {
            w.WriteLine("route_id,service_id,trip_id,trip_headsign,direction_id,shape_id");
            foreach (var timetable in timetables)
            {
                // Riders read the destination: the last stop of the direction.
                var stopIds = timetable.Route.StopIds;
                string[] headsigns = [Quote(StopName(city.Streets, stopIds[^1])), Quote(StopName(city.Streets, stopIds[0]))];
                foreach (var trip in timetable.Trips())
                {
                    w.WriteLine($"{timetable.Route.Id},daily,{trip.TripId},{headsigns[trip.Direction]},{trip.Direction},{timetable.Route.Id}-{trip.Direction}");
                }
            }
        });

        Entry(zip, "stop_times.txt", w =>
        {
            w.WriteLine("trip_id,arrival_time,departure_time,stop_id,stop_sequence");
            foreach (var timetable in timetables)
            {
                foreach (var trip in timetable.Trips())
                {
                    var (arrival, departure) = (timetable.Arrival(trip.Direction), timetable.Departure(trip.Direction));
                    for (var s = 0; s < arrival.Count; s++)
                    {
                        var stopId = timetable.Route.StopIds[timetable.StopAt(trip.Direction, s)];
                        w.WriteLine($"{trip.TripId},{Clock(trip.DepartureSecond + arrival[s])},{Clock(trip.DepartureSecond + departure[s])},{stopId},{s + 1}");
                    }
                }
            }
        });
    }

    /// <summary>"Oak Street / Maple Avenue": the two streets crossing at the stop's intersection.</summary>
    private static string StopName(StreetNetwork streets, string stopId)
    {
        var node = int.Parse(stopId.AsSpan("stop-".Length), CultureInfo.InvariantCulture);
        return $"{Names.Street(node / streets.Columns, "Street")} / {Names.Street(node % streets.Columns, "Avenue")}";
    }

    /// <summary>GTFS times may pass 24:00:00 for trips that end after midnight.</summary>
    private static string Clock(int seconds) => Invariant($"{seconds / 3600:D2}:{seconds / 60 % 60:D2}:{seconds % 60:D2}");

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal)
        ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\""
        : value;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Entry(ZipArchive zip, string name, Action<StreamWriter> write)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Fastest);
        entry.LastWriteTime = EntryDate;
        using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(false));
        writer.NewLine = "\n";
        write(writer);
    }
}
