namespace Polis.Transit.Planning;

/// <summary>
/// The timetable's headways at boarding stops: per route and service date, the sorted times each (direction, stop)
/// is served (the departure at a trip's first stop, the arrival elsewhere; frequency runs expanded, so an
/// exact_times=0 period gives its headway_secs). Built per route and date when first asked; dates two days behind
/// the newest asked are forgotten, since reports stream events in time order.
/// </summary>
internal sealed class ScheduledHeadways(PlanningScope scope)
{
    private readonly Dictionary<(string RouteId, DateOnly Date), Dictionary<(int Direction, string StopId), int[]>> _days = [];
    private DateOnly _newest = DateOnly.MinValue;

    /// <summary>Seconds from the previous scheduled service of the stop to the one at <paramref name="timetableSeconds"/>; null for the day's first.</summary>
    public int? Before(string routeId, int? directionId, string stopId, DateOnly serviceDate, int timetableSeconds)
    {
        if (!Day(routeId, serviceDate).TryGetValue((directionId ?? -1, stopId), out var times))
        {
            return null;
        }

        var index = Array.BinarySearch(times, timetableSeconds);
        var before = (index >= 0 ? FirstIndexOf(times, index) : ~index) - 1; // the latest time strictly earlier
        return before >= 0 ? timetableSeconds - times[before] : null;
    }

    private static int FirstIndexOf(int[] times, int index)
    {
        while (index > 0 && times[index - 1] == times[index])
        {
            index--;
        }

        return index;
    }

    private Dictionary<(int Direction, string StopId), int[]> Day(string routeId, DateOnly date)
    {
        if (_days.TryGetValue((routeId, date), out var day))
        {
            return day;
        }

        if (date > _newest)
        {
            _newest = date;
            foreach (var old in _days.Keys.Where(k => k.Date < date.AddDays(-2)).ToList())
            {
                _days.Remove(old);
            }
        }

        var services = scope.Network.Calendar.ActiveServices(date);
        var times = new Dictionary<(int, string), List<int>>();
        foreach (var trip in scope.Network.TripsOfRoute(routeId).Where(t => services.Contains(t.Trip.ServiceId)))
        {
            foreach (var offset in trip.RunOffsets())
            {
                for (var i = 0; i < trip.Stops.Count - 1; i++)
                {
                    var stop = trip.Stops[i];
                    var key = (trip.Trip.DirectionId ?? -1, stop.StopId);
                    if (!times.TryGetValue(key, out var list))
                    {
                        times[key] = list = [];
                    }

                    list.Add((i == 0 ? stop.Departure : stop.Arrival) + offset);
                }
            }
        }

        day = times.ToDictionary(t => t.Key, t => t.Value.Order().ToArray());
        _days[(routeId, date)] = day;
        return day;
    }
}
