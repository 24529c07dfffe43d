using System.Runtime.CompilerServices;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// Matching's index of a network, built once per network on first use: every run of every route (frequency runs
/// expanded) sorted by start time, so the runs under way in a window are a binary search and a short scan rather
/// than a pass over all of a route's trips; and the routes calling at each stop. <see cref="Between"/> returns the
/// same runs as <see cref="TransitNetwork.InstancesBetween"/>.
/// </summary>
public sealed class RunIndex
{
    private static readonly ConditionalWeakTable<TransitNetwork, RunIndex> s_indexes = [];

    private readonly TransitNetwork _network;
    private readonly Dictionary<string, RouteRuns> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string[]> _routesByStop = new(StringComparer.Ordinal);
    private readonly int _daysBack;

    private RunIndex(TransitNetwork network)
    {
        _network = network;
        _daysBack = (int)Math.Ceiling(network.MaxTripEndSeconds / 86_400.0);
        foreach (var route in network.Trips.Values.GroupBy(t => t.Route.Id, StringComparer.Ordinal))
        {
            var runs = route.SelectMany(t => t.RunOffsets().Select(o => (Trip: t, Offset: o))).OrderBy(r => r.Trip.FirstDeparture + r.Offset).ToArray();
            _routes[route.Key] = new RouteRuns(runs, [.. runs.Select(r => r.Trip.FirstDeparture + r.Offset)], runs.Length == 0 ? 0 : runs.Max(r => r.Trip.LastArrival - r.Trip.FirstDeparture));
        }

        foreach (var stop in network.Stops.Keys)
        {
            _routesByStop[stop] = [.. network.VisitsOfStop(stop).Select(v => v.Trip.Route.Id).Distinct(StringComparer.Ordinal)];
        }
    }

    public static RunIndex Of(TransitNetwork network) => s_indexes.GetValue(network, n => new RunIndex(n));

    /// <summary>The routes calling at <paramref name="stopId"/>.</summary>
    public IReadOnlyList<string> RoutesAt(string stopId) => _routesByStop.TryGetValue(stopId, out var routes) ? routes : [];

    /// <summary>Runs of the route under way at some time in [<paramref name="from"/>, <paramref name="to"/>] (first departure to last arrival).</summary>
    public IEnumerable<TripInstance> Between(string routeId, DateTimeOffset from, DateTimeOffset to)
    {
        if (!_routes.TryGetValue(routeId, out var route) || route.Runs.Length == 0)
        {
            yield break;
        }

        for (var date = _network.LocalDate(from).AddDays(-_daysBack); date <= _network.LocalDate(to); date = date.AddDays(1))
        {
            var services = _network.Calendar.ActiveServices(date);
            if (services.Count == 0)
            {
                continue;
            }

            var dayStart = _network.ServiceDayStart(date);
            var fromSeconds = (from - dayStart).TotalSeconds;
            var toSeconds = (to - dayStart).TotalSeconds;
            for (var i = LowerBound(route.Starts, fromSeconds - route.LongestRun); i < route.Runs.Length && route.Starts[i] <= toSeconds; i++)
            {
                var (trip, offset) = route.Runs[i];
                if (trip.LastArrival + offset >= fromSeconds && services.Contains(trip.Trip.ServiceId))
                {
                    yield return new TripInstance(trip, date, dayStart, offset);
                }
            }
        }
    }

    private static int LowerBound(int[] sorted, double value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (sorted[middle] < value)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private sealed record RouteRuns((ScheduledTrip Trip, int Offset)[] Runs, int[] Starts, int LongestRun);
}
