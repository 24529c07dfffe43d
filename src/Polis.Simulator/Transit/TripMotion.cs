using Polis.Transit.Timetable;

namespace Polis.Simulator.Transit;

/// <summary>
/// Moves a vehicle along a trip's shape by its timetable: at each stop from its arrival to its departure, between
/// stops at an even speed, placed with the transit module's own <see cref="Polis.Transit.Geometry.ShapeLine"/> so
/// the platform projects the reports onto the very line the simulator drew them from.
/// </summary>
public static class TripMotion
{
    /// <summary>How long a vehicle stands at a stop whose arrival and departure the feed gives as one time.</summary>
    public const int DwellSeconds = 20;

    /// <summary>The point <paramref name="seconds"/> after the trip's first departure, by its template times.</summary>
    public static TripPoint At(ScheduledTrip trip, double seconds)
    {
        ArgumentNullException.ThrowIfNull(trip);
        var stops = trip.Stops;
        var time = trip.FirstDeparture + seconds;
        for (var s = 0; s < stops.Count - 1; s++)
        {
            if (time <= stops[s].Departure)
            {
                return AtStop(trip, s);
            }

            var arrival = ArrivalWithDwell(stops, s + 1);
            if (time < arrival)
            {
                var (from, to) = (stops[s].DistanceMetres, stops[s + 1].DistanceMetres);
                var span = arrival - stops[s].Departure;
                var along = from + ((to - from) * (time - stops[s].Departure) / span);
                var (latitude, longitude) = trip.Shape.PointAt(along);
                return new TripPoint(latitude, longitude, along, Math.Abs(to - from) / span, trip.Shape.BearingAt(along), null);
            }
        }

        return AtStop(trip, stops.Count - 1);
    }

    /// <summary>The vehicle standing at the trip's <paramref name="index"/>-th stop, facing the way it goes on.</summary>
    public static TripPoint AtStop(ScheduledTrip trip, int index)
    {
        ArgumentNullException.ThrowIfNull(trip);
        var along = trip.Stops[index].DistanceMetres;
        var (latitude, longitude) = trip.Shape.PointAt(along);
        return new TripPoint(latitude, longitude, along, 0, trip.Shape.BearingAt(along), index);
    }

    /// <summary>
    /// A stop given one time for arrival and departure still gets a dwell: the vehicle arrives up to
    /// <see cref="DwellSeconds"/> early (at most a third of the way from the previous stop), so every published
    /// departure stays as it is.
    /// </summary>
    private static double ArrivalWithDwell(IReadOnlyList<ScheduledStop> stops, int s)
    {
        var stop = stops[s];
        return s == stops.Count - 1 || stop.Departure > stop.Arrival
            ? stop.Arrival
            : stop.Arrival - Math.Min(DwellSeconds, (stop.Arrival - stops[s - 1].Departure) / 3.0);
    }
}
