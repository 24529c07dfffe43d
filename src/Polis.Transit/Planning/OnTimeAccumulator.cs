using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>The state of <see cref="OnTimeAnalysis"/> while events stream by: tallies, the runs seen, the routes' coverage.</summary>
internal sealed class OnTimeAccumulator(PlanningScope scope) : IStopEventAccumulator<OnTimeReport>
{
    private readonly RouteCoverage _coverage = new(scope.Options.TrackingGap);
    private readonly HashSet<string> _observedRuns = new(StringComparer.Ordinal);
    private readonly OnTimeTally _network = new();
    private readonly Dictionary<string, OnTimeTally> _routes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string RouteId, string StopId), OnTimeTally> _stops = [];
    private readonly Dictionary<(DayType DayType, int Hour), OnTimeTally> _hours = [];
    private long _unplaced;

    public void Add(StopEvent stopEvent)
    {
        _coverage.Observe(stopEvent.RouteId, stopEvent.DirectionId, stopEvent.Time);
        if (!scope.Covers(stopEvent))
        {
            return;
        }

        _observedRuns.Add(stopEvent.RunKey);
        if (scope.Resolve(stopEvent) is not { } call)
        {
            _unplaced++;
            return;
        }

        var route = IStopOrderedTally.For(_routes, stopEvent.RouteId, 0);
        if (call.HeadwayBased)
        {
            route.HeadwayBased = true; // riders are promised a headway: measured in the bunching report instead
            return;
        }

        if (scope.Options.TimepointsOnly && !call.IsFirstStop && !call.IsLastStop && !call.Stop.Timepoint)
        {
            return;
        }

        var (actual, scheduled) = call.IsLastStop ? (stopEvent.ActualArrival, stopEvent.ScheduledArrival) : (stopEvent.ActualDeparture, stopEvent.ScheduledDeparture);
        if (actual is not { } at)
        {
            return;
        }

        var deviation = (at - scheduled).TotalSeconds;
        var hour = scope.TimetableSeconds(stopEvent.ServiceDate, scheduled) / 3600 % 24;
        var (early, late) = (scope.Options.OnTimeEarly.TotalSeconds, scope.Options.OnTimeLate.TotalSeconds);
        _network.Add(deviation, early, late);
        route.Add(deviation, early, late);
        IStopOrderedTally.For(_stops, (stopEvent.RouteId, stopEvent.StopId), call.StopIndex).Add(deviation, early, late);
        IStopOrderedTally.For(_hours, (scope.DayTypeOf(stopEvent.ServiceDate), hour), 0).Add(deviation, early, late);
    }

    public OnTimeReport Build()
    {
        var network = scope.Network;
        var routeIds = scope.RouteId is { } only ? [only] : network.Routes.Keys.Where(r => network.TripsOfRoute(r).Count > 0 || _routes.ContainsKey(r));
        var routes = routeIds.Order(StringComparer.Ordinal).Select(id =>
        {
            var tally = _routes.GetValueOrDefault(id) ?? new OnTimeTally();
            var name = network.Routes.TryGetValue(id, out var route) ? route.DisplayName : null;
            return new OnTimeRouteRow(id, name, tally.HeadwayBased, tally.ToFigures(), RunCensusCounter.Count(scope, id, _observedRuns, _coverage));
        }).ToList();
        var stops = _stops.OrderBy(s => s.Key.RouteId, StringComparer.Ordinal).ThenBy(s => s.Value.FirstStopIndex).ThenBy(s => s.Key.StopId, StringComparer.Ordinal)
            .Select(s => new OnTimeStopRow(s.Key.RouteId, s.Key.StopId, network.Stops.TryGetValue(s.Key.StopId, out var stop) ? stop.Name : null, s.Value.ToFigures()))
            .ToList();
        var hours = _hours.OrderBy(h => h.Key.DayType).ThenBy(h => h.Key.Hour).Select(h => new OnTimeHourRow(h.Key.DayType, h.Key.Hour, h.Value.ToFigures())).ToList();
        var options = scope.Options;
        return new OnTimeReport(scope.From, scope.To, scope.RouteId, (int)options.OnTimeEarly.TotalSeconds, (int)options.OnTimeLate.TotalSeconds, options.TimepointsOnly,
            _network.ToFigures(), routes, stops, hours, _unplaced);
    }
}
