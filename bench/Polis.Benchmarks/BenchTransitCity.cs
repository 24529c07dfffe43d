using Polis.Transit.Gtfs;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Benchmarks;

/// <summary>
/// A made-up city for the tracking benchmark: 40 routes (20 east-west, 20 north-south) across 10 km at 55° N, each
/// with 25 stops 400 m apart and shape points every 50 m, both directions every 10 min from 05:00 to 23:00 (8,640
/// trips, 216,000 stop times), and every run under way at 08:00 carrying a vehicle that reports every 10 s with up to
/// 10 m of GPS noise and no trip or route id (so matching from scratch searches by nearby stops).
/// </summary>
internal static class BenchTransitCity
{
    public const int Routes = 40;
    public const int StopsPerRoute = 25;
    public const double StopSpacing = 400;
    public static readonly DateOnly Day = new(2026, 3, 10);

    private const double Latitude = 55.0;
    private const double Longitude = 12.0;
    private static readonly double MetresPerDegreeLatitude = 6_371_008.8 * Math.PI / 180;
    private static readonly double MetresPerDegreeLongitude = MetresPerDegreeLatitude * Math.Cos(Latitude * Math.PI / 180);

    /// <summary>The city's network; <paramref name="headwaySeconds"/> spaces the runs of each direction (the tracking benchmark's 10 min by default).</summary>
    public static TransitNetwork Network(int headwaySeconds = 600)
    {
        var feed = new GtfsFeed
        {
            Agencies = [new GtfsAgency("city", "City transit", "https://example.org", "Etc/UTC")],
            Calendars = [new GtfsCalendar("daily", (GtfsWeekdays)127, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))],
        };
        var length = (StopsPerRoute - 1) * StopSpacing;
        for (var r = 0; r < Routes; r++)
        {
            var route = $"R{r}";
            var eastWest = r % 2 == 0;
            var offset = ((r / 2) + 0.5) * length / (Routes / 2);
            feed.Routes.Add(new GtfsRoute(route, "city", route, null, 3));
            for (var s = 0; s < StopsPerRoute; s++)
            {
                var (lat, lon) = Place(eastWest, s * StopSpacing, offset);
                feed.Stops.Add(new GtfsStop($"{route}-{s}", $"{route} stop {s}", lat, lon));
            }

            for (var direction = 0; direction < 2; direction++)
            {
                var shape = $"{route}-{direction}";
                for (var m = 0; m <= length; m += 50)
                {
                    var along = direction == 0 ? m : length - m;
                    var (lat, lon) = Place(eastWest, along, offset + (m % 100 == 0 ? 3 : -3)); // a slight zig-zag, as real streets
                    feed.ShapePoints.Add(new GtfsShapePoint(shape, m / 50, lat, lon));
                }

                for (var start = 5 * 3600; start < 23 * 3600; start += headwaySeconds)
                {
                    var trip = $"{shape}-{start}";
                    feed.Trips.Add(new GtfsTrip(trip, route, "daily", DirectionId: direction, ShapeId: shape));
                    for (var k = 0; k < StopsPerRoute; k++)
                    {
                        var stop = direction == 0 ? k : StopsPerRoute - 1 - k;
                        var arrival = start + (k * 95); // 75 s running (5.3 m/s) + 20 s dwell: 38 min end to end
                        feed.StopTimes.Add(new GtfsStopTime(trip, k + 1, $"{route}-{stop}", arrival, k == 0 || k == StopsPerRoute - 1 ? arrival : arrival + 20));
                    }
                }
            }
        }

        return TransitNetworkBuilder.Build(1, feed);
    }

    /// <summary>Reports of every run under way at <paramref name="at"/>, <paramref name="steps"/> of them 10 s apart.</summary>
    public static VehicleReport[][] Reports(TransitNetwork network, DateTimeOffset at, int steps)
    {
        var runs = network.InstancesBetween(at, at).Where(r => r.ScheduledStart < at).ToList();
        var random = new Random(42);
        var reports = new VehicleReport[steps][];
        for (var step = 0; step < steps; step++)
        {
            var time = at.AddSeconds(step * 10);
            reports[step] = [.. runs.Select((run, v) =>
            {
                var progress = Progress(run, time);
                var (lat, lon) = run.Trip.Shape.PointAt(progress);
                var noise = (random.NextDouble() - 0.5) * 20 / MetresPerDegreeLatitude;
                return new VehicleReport($"bus-{v}", time, lat + noise, lon, 5.7, run.Trip.Shape.BearingAt(progress));
            })];
        }

        return reports;
    }

    private static double Progress(TripInstance run, DateTimeOffset at)
    {
        var seconds = (at - run.ServiceDayStart).TotalSeconds - run.RunOffset;
        var stops = run.Trip.Stops;
        for (var i = 1; i < stops.Count; i++)
        {
            if (seconds < stops[i].Arrival)
            {
                var fraction = Math.Clamp((seconds - stops[i - 1].Departure) / (stops[i].Arrival - stops[i - 1].Departure), 0, 1);
                return stops[i - 1].DistanceMetres + (fraction * (stops[i].DistanceMetres - stops[i - 1].DistanceMetres));
            }
        }

        return stops[^1].DistanceMetres;
    }

    private static (double Latitude, double Longitude) Place(bool eastWest, double along, double across) => eastWest
        ? (Latitude + (across / MetresPerDegreeLatitude), Longitude + (along / MetresPerDegreeLongitude))
        : (Latitude + (along / MetresPerDegreeLatitude), Longitude + (across / MetresPerDegreeLongitude));
}
