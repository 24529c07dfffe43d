using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// A run's schedule seen from a place along its shape: when the vehicle should be there, how far off it is, which
/// stop is next. Each stop has a zone (its radius either side along the shape, shrunk where stops are close) in
/// which the vehicle is "at" the stop; between zones the scheduled time is interpolated by distance.
/// </summary>
public static class ScheduleMath
{
    /// <summary>The stop's zone half-width: the radius, but never past halfway to a neighbouring stop.</summary>
    public static double StopRadius(ScheduledTrip trip, int index, double radius)
    {
        ArgumentNullException.ThrowIfNull(trip);
        var stops = trip.Stops;
        if (index > 0)
        {
            radius = Math.Min(radius, (stops[index].DistanceMetres - stops[index - 1].DistanceMetres) / 2);
        }

        if (index < stops.Count - 1)
        {
            radius = Math.Min(radius, (stops[index + 1].DistanceMetres - stops[index].DistanceMetres) / 2);
        }

        return Math.Max(0, radius);
    }

    /// <summary>The last stop at or before <paramref name="progress"/> metres (-1 when before the first).</summary>
    public static int StopAtOrBefore(ScheduledTrip trip, double progress)
    {
        ArgumentNullException.ThrowIfNull(trip);
        int low = 0, high = trip.Stops.Count - 1, found = -1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (trip.Stops[middle].DistanceMetres <= progress)
            {
                found = middle;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return found;
    }

    /// <summary>The first stop whose zone the vehicle has not yet left (the last stop when all are behind).</summary>
    public static int NextStop(ScheduledTrip trip, double progress, double radius)
    {
        ArgumentNullException.ThrowIfNull(trip);
        var index = Math.Max(0, StopAtOrBefore(trip, progress));
        while (index < trip.Stops.Count - 1 && progress >= trip.Stops[index].DistanceMetres + StopRadius(trip, index, radius))
        {
            index++;
        }

        return index;
    }

    /// <summary>
    /// When the schedule has the vehicle at <paramref name="progress"/>, in template seconds: a window [arrival,
    /// departure] inside a stop's zone, one instant between zones (interpolated by distance).
    /// </summary>
    public static (double Earliest, double Latest) ScheduledWindow(ScheduledTrip trip, double progress, double radius)
    {
        ArgumentNullException.ThrowIfNull(trip);
        var stops = trip.Stops;
        var before = StopAtOrBefore(trip, progress);
        if (before < 0)
        {
            return (stops[0].Arrival, stops[0].Departure);
        }

        if (before == stops.Count - 1 || progress - stops[before].DistanceMetres <= StopRadius(trip, before, radius))
        {
            return (stops[before].Arrival, stops[before].Departure);
        }

        var next = stops[before + 1];
        if (next.DistanceMetres - progress <= StopRadius(trip, before + 1, radius))
        {
            return (next.Arrival, next.Departure);
        }

        var span = next.DistanceMetres - stops[before].DistanceMetres;
        var fraction = span <= 0 ? 1 : (progress - stops[before].DistanceMetres) / span;
        var at = stops[before].Departure + (fraction * (next.Arrival - stops[before].Departure));
        return (at, at);
    }

    /// <summary>
    /// Seconds the vehicle is behind schedule at <paramref name="progress"/> (negative = early): zero inside a stop's
    /// dwell window, and zero while it waits at the first stop before the run's departure (a layover, not earliness).
    /// </summary>
    public static double DeviationSeconds(TripInstance run, double progress, DateTimeOffset at, double radius)
    {
        ArgumentNullException.ThrowIfNull(run);
        var (earliest, latest) = ScheduledWindow(run.Trip, progress, radius);
        var seconds = (at - run.ServiceDayStart).TotalSeconds - run.RunOffset;
        if (seconds > latest)
        {
            return seconds - latest;
        }

        return seconds < earliest && !AtFirstStop(run.Trip, progress, radius) ? seconds - earliest : 0;
    }

    /// <summary>True at or before the first stop: within its zone, or on the shape before it (the vehicle has not started the run).</summary>
    public static bool AtFirstStop(ScheduledTrip trip, double progress, double radius)
    {
        ArgumentNullException.ThrowIfNull(trip);
        return progress <= trip.Stops[0].DistanceMetres + StopRadius(trip, 0, radius);
    }

    /// <summary>GTFS-Realtime's stop status for a vehicle at <paramref name="progress"/> heading for stop <paramref name="next"/>.</summary>
    public static VehicleStopStatus Status(ScheduledTrip trip, int next, double progress, double? speed, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(trip);
        ArgumentNullException.ThrowIfNull(options);
        var stop = trip.Stops[next];
        var toGo = stop.DistanceMetres - progress;
        if (Math.Abs(toGo) <= StopRadius(trip, next, options.StopRadiusMetres))
        {
            return speed is null || speed <= options.StoppedSpeedMetresPerSecond ? VehicleStopStatus.StoppedAt : VehicleStopStatus.IncomingAt;
        }

        return toGo <= options.IncomingMetres ? VehicleStopStatus.IncomingAt : VehicleStopStatus.InTransitTo;
    }
}
