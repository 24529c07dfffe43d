using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// Actual arrivals and departures from progress along the run. A vehicle arrives when its progress enters a stop's
/// zone and departs when it leaves it; times are interpolated linearly between the two reports around the crossing,
/// so stops passed between sparse reports still get times (marked interpolated). The last stop has no departure.
/// </summary>
public static class StopEventDetector
{
    /// <summary>The progress of a vehicle first seen on a run: stops behind it are passed without events.</summary>
    public static RunProgress Start(TripInstance run, double progress, DateTimeOffset at, double radius)
    {
        ArgumentNullException.ThrowIfNull(run);
        var trip = run.Trip;
        var next = ScheduleMath.NextStop(trip, progress, radius);
        var inside = progress >= trip.Stops[next].DistanceMetres - ScheduleMath.StopRadius(trip, next, radius);
        return new RunProgress(run.Key, progress, at, inside ? next : next - 1, next - 1, null, false, false, null, false);
    }

    public static StopAdvance Advance(TripInstance run, RunProgress state, double progress, DateTimeOffset at, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(options);
        var trip = run.Trip;
        var last = trip.Stops.Count - 1;
        var (p0, t0) = (state.Progress, state.Timestamp);
        var p1 = Math.Max(progress, p0);
        var precise = at - t0 <= options.MaxHistoryGap;
        var arrivals = new List<StopArrival>();
        var visits = new List<StopVisit>();
        var s = state;
        for (var j = s.DepartedIndex + 1; j <= last; j++)
        {
            var radius = ScheduleMath.StopRadius(trip, j, options.StopRadiusMetres);
            var distance = trip.Stops[j].DistanceMetres;
            if (s.ArrivedIndex < j)
            {
                if (p1 < distance - radius)
                {
                    break;
                }

                var reached = Interpolate(p0, t0, p1, at, distance - radius);
                var interpolated = p1 > distance + radius && p0 < distance - radius;
                double? running = s.DepartedIndex == j - 1 && s.LastDeparture is { } left && s.LastDeparturePrecise && precise ? (reached - left).TotalSeconds : null;
                arrivals.Add(new StopArrival(j, reached, interpolated, running));
                s = s with { ArrivedIndex = j, CurrentArrival = reached, CurrentInterpolated = interpolated, CurrentPrecise = precise };
            }

            if (j == last)
            {
                if (s.CurrentArrival is { } end)
                {
                    visits.Add(new StopVisit(j, end, null, s.CurrentInterpolated, null));
                }

                s = s with { DepartedIndex = j, CurrentArrival = null, LastDeparture = null };
                break;
            }

            if (p1 <= distance + radius)
            {
                break;
            }

            var arrival = s.CurrentArrival;
            var departure = Interpolate(p0, t0, p1, at, distance + radius);
            if (arrival is { } a && departure < a)
            {
                departure = a;
            }

            double? dwell = arrival is { } came && s.CurrentPrecise && precise && !s.CurrentInterpolated ? (departure - came).TotalSeconds : null;
            visits.Add(new StopVisit(j, arrival, departure, s.CurrentInterpolated, dwell));
            s = s with { DepartedIndex = j, CurrentArrival = null, LastDeparture = departure, LastDeparturePrecise = precise };
        }

        return new StopAdvance(s with { Progress = p1, Timestamp = at }, arrivals, visits);
    }

    /// <summary>The call in progress when the vehicle leaves its run while at a stop (no departure), if its arrival is known.</summary>
    public static StopVisit? Abandon(RunProgress state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.ArrivedIndex > state.DepartedIndex && state.CurrentArrival is { } arrival
            ? new StopVisit(state.ArrivedIndex, arrival, null, state.CurrentInterpolated, null)
            : null;
    }

    private static DateTimeOffset Interpolate(double p0, DateTimeOffset t0, double p1, DateTimeOffset t1, double at)
    {
        if (p1 <= p0)
        {
            return t1;
        }

        var fraction = Math.Clamp((at - p0) / (p1 - p0), 0, 1);
        return t0 + ((t1 - t0) * fraction);
    }
}
