using Polis.Transit.Geometry;
using Polis.Transit.Timetable;

namespace Polis.Transit.Gtfs.Validation;

/// <summary>
/// Each trip's stop times in sequence order: times present where GTFS needs them and never going back, distances
/// increasing, at least two stops, and no leap between stops faster than the vehicle could go.
/// </summary>
internal static class GtfsTripRules
{
    private const string File = "stop_times.txt";

    public static void Check(GtfsFeed feed, GtfsFeedIndex index, GtfsNoticeCollector notices, GtfsValidationContext context, CancellationToken cancellationToken)
    {
        for (var t = 0; t < feed.Trips.Count; t++)
        {
            var trip = feed.Trips[t];
            if (index.Trips[trip.Id] != t)
            {
                continue; // a duplicate trip row, already reported
            }

            if (!index.StopTimesByTrip.TryGetValue(trip.Id, out var rows))
            {
                notices.Add(GtfsNoticeCodes.UnusedTrip, $"Trip \"{trip.Id}\" has no stop times, so it never runs.", "trips.txt", context.Row("trips.txt", t), "trip_id", trip.Id);
                continue;
            }

            if (rows.Count < 2)
            {
                notices.Add(GtfsNoticeCodes.UnusableTrip, $"Trip \"{trip.Id}\" has only one stop time; a trip needs at least two stops.", "trips.txt", context.Row("trips.txt", t), "trip_id", trip.Id);
            }

            var maxKmh = index.Routes.TryGetValue(trip.RouteId, out var r) ? MaxSpeedKmh(feed.Routes[r].Type) : MaxSpeedKmh(-1);
            CheckTrip(feed, index, rows, maxKmh, notices, context);
            if (t % 4096 == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }
        }
    }

    private static void CheckTrip(GtfsFeed feed, GtfsFeedIndex index, List<int> rows, double maxKmh, GtfsNoticeCollector notices, GtfsValidationContext context)
    {
        GtfsStopTime? timed = null;
        GtfsStopTime? measured = null;
        for (var k = 0; k < rows.Count; k++)
        {
            var st = feed.StopTimes[rows[k]];
            var row = context.Row(File, rows[k]);
            if (st.ArrivalSeconds is null != st.DepartureSeconds is null)
            {
                var (has, lacks) = st.ArrivalSeconds is null ? ("departure_time", "arrival_time") : ("arrival_time", "departure_time");
                notices.Add(GtfsNoticeCodes.StopTimeWithOnlyArrivalOrDepartureTime, $"The stop time has a {has} but no {lacks}; give both or neither.", File, row, lacks);
            }

            if ((k == 0 || k == rows.Count - 1) && (st.ArrivalSeconds is null || st.DepartureSeconds is null))
            {
                notices.Add(GtfsNoticeCodes.MissingTripEdge,
                    $"The {(k == 0 ? "first" : "last")} stop of trip \"{st.TripId}\" needs both arrival_time and departure_time.", File, row, "trip_id", st.TripId);
            }

            if (timed is not null && st.ArrivalSeconds is { } arrival && arrival < timed.DepartureSeconds)
            {
                notices.Add(GtfsNoticeCodes.StopTimeWithArrivalBeforePreviousDepartureTime,
                    $"Trip \"{st.TripId}\" arrives at stop_sequence {st.StopSequence} at {GtfsTime.Format(arrival)}, before it left the previous stop at {GtfsTime.Format(timed.DepartureSeconds!.Value)}.",
                    File, row, "arrival_time", GtfsTime.Format(arrival));
            }
            else if (timed is not null && st.ArrivalSeconds is { } at)
            {
                CheckSpeed(feed, index, timed, st, at, maxKmh, notices, row);
            }

            if (st.ShapeDistTraveled is { } distance)
            {
                if (measured is not null && distance <= measured.ShapeDistTraveled)
                {
                    notices.Add(GtfsNoticeCodes.DecreasingOrEqualStopTimeDistance,
                        $"shape_dist_traveled {distance} at stop_sequence {st.StopSequence} is not greater than {measured.ShapeDistTraveled} at the previous stop of trip \"{st.TripId}\".",
                        File, row, "shape_dist_traveled", distance.ToString(System.Globalization.CultureInfo.InvariantCulture));
                }

                measured = st;
            }

            if (st.DepartureSeconds is not null)
            {
                timed = st;
            }
        }
    }

    private static void CheckSpeed(GtfsFeed feed, GtfsFeedIndex index, GtfsStopTime from, GtfsStopTime to, int arrival, double maxKmh, GtfsNoticeCollector notices, long row)
    {
        if (!index.Stops.TryGetValue(from.StopId, out var a) || !index.Stops.TryGetValue(to.StopId, out var b)
            || feed.Stops[a] is not { Latitude: { } lat1, Longitude: { } lon1 } || feed.Stops[b] is not { Latitude: { } lat2, Longitude: { } lon2 })
        {
            return;
        }

        // Timetables round to the minute: two stops "at the same minute" are up to a minute apart.
        var seconds = Math.Max(arrival - from.DepartureSeconds!.Value, 60);
        var kmh = GeoMath.DistanceMetres(lat1, lon1, lat2, lon2) / 1000 / (seconds / 3600.0);
        if (kmh > maxKmh)
        {
            notices.Add(GtfsNoticeCodes.FastTravelBetweenConsecutiveStops,
                FormattableString.Invariant($"Trip \"{to.TripId}\" would travel from stop \"{from.StopId}\" to \"{to.StopId}\" at {kmh:F0} km/h, faster than {maxKmh:F0} km/h for its route type."),
                File, row, "arrival_time", GtfsTime.Format(arrival));
        }
    }

    /// <summary>The speeds MobilityData's validator allows per route type (km/h); 200 for types it does not list.</summary>
    private static double MaxSpeedKmh(int routeType) => routeType switch
    {
        0 => 100, // tram, light rail
        1 => 150, // subway
        2 => 500, // rail
        3 or 11 => 150, // bus, trolleybus
        4 => 80, // ferry
        5 => 30, // cable tram
        6 or 7 => 50, // aerial lift, funicular
        12 => 150, // monorail
        _ => 200,
    };
}
