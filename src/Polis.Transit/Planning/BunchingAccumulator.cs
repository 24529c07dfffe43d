using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>The state of <see cref="BunchingAnalysis"/> while events stream by: the last service per stop, tallies, incidents.</summary>
internal sealed class BunchingAccumulator(PlanningScope scope) : IStopEventAccumulator<BunchingReport>
{
    private readonly RouteCoverage _coverage = new(scope.Options.TrackingGap);
    private readonly ScheduledHeadways _schedule = new(scope);
    private readonly Dictionary<(string RouteId, int Direction, string StopId), Service> _last = [];
    private readonly HeadwayTally _network = new();
    private readonly Dictionary<(string RouteId, int Direction), HeadwayTally> _routes = [];
    private readonly Dictionary<(string RouteId, int Direction, string StopId), HeadwayTally> _stops = [];
    private readonly List<HeadwayIncident> _incidents = [];
    private long _incidentCount;
    private long _unplaced;

    public void Add(StopEvent stopEvent)
    {
        _coverage.Observe(stopEvent.RouteId, stopEvent.DirectionId, stopEvent.Time);
        if (!scope.Covers(stopEvent))
        {
            return;
        }

        if (scope.Resolve(stopEvent) is not { } call)
        {
            _unplaced++;
            return;
        }

        // Riders board at every stop but the last; a vehicle waits at the first, so its departure is what counts there.
        // Elsewhere the arrival, or the departure of a vehicle first seen standing at the stop (close enough, and
        // better than a false gap for the vehicle behind it).
        var (actual, scheduled) = call.IsFirstStop
            ? (stopEvent.ActualDeparture, stopEvent.ScheduledDeparture)
            : (stopEvent.ActualArrival ?? stopEvent.ActualDeparture, stopEvent.ScheduledArrival);
        if (call.IsLastStop || actual is not { } served)
        {
            return;
        }

        var direction = stopEvent.DirectionId ?? -1;
        var key = (stopEvent.RouteId, direction, stopEvent.StopId);
        var service = new Service(served, stopEvent.VehicleId, stopEvent.RunKey);
        if (!_last.TryGetValue(key, out var previous))
        {
            _last[key] = service;
            return;
        }

        if (served < previous.Time || (previous.VehicleId == stopEvent.VehicleId && previous.RunKey == stopEvent.RunKey))
        {
            // A departure out of arrival order, or the same call twice: no headway. Two vehicles on one run do have
            // one (on a headway-based service matching can give both the same nominal run).
            return;
        }

        var timetable = scope.TimetableSeconds(stopEvent.ServiceDate, scheduled);
        var before = _schedule.Before(stopEvent.RouteId, stopEvent.DirectionId, stopEvent.StopId, stopEvent.ServiceDate, timetable);
        var observed = (served - previous.Time).TotalSeconds;
        if (previous.VehicleId == stopEvent.VehicleId && observed < 0.5 * (before ?? 0))
        {
            return; // the same vehicle again within half a headway: the tracker re-matched it to another run, it did not come round
        }

        _last[key] = service;
        if (before is not { } scheduledHeadway)
        {
            return; // the day's first service at the stop has no scheduled headway
        }

        var route = IStopOrderedTally.For(_routes, (stopEvent.RouteId, direction), call.StopIndex);
        var stop = IStopOrderedTally.For(_stops, key, call.StopIndex);
        route.HeadwayBased |= call.HeadwayBased;
        stop.HeadwayBased |= call.HeadwayBased;
        _network.HeadwayBased |= call.HeadwayBased;
        // A route silent for longer than two scheduled headways cannot be explained by one missed run: tracking was off.
        var silence = TimeSpan.FromSeconds(Math.Max(scope.Options.TrackingGap.TotalSeconds, 2.0 * scheduledHeadway));
        if (_coverage.FellSilent(stopEvent.RouteId, stopEvent.DirectionId, previous.Time, served, silence))
        {
            route.Excluded++;
            stop.Excluded++;
            _network.Excluded++;
            return;
        }

        var ratio = observed / scheduledHeadway;
        HeadwayIncidentKind? kind = ratio < scope.Options.BunchingRatio ? HeadwayIncidentKind.Bunching : ratio > scope.Options.GapRatio ? HeadwayIncidentKind.Gap : null;
        route.Add(observed, scheduledHeadway, kind);
        stop.Add(observed, scheduledHeadway, kind);
        _network.Add(observed, scheduledHeadway, kind);
        if (kind is { } incident && ++_incidentCount <= scope.Options.MaxIncidents)
        {
            _incidents.Add(new HeadwayIncident(incident, stopEvent.RouteId, stopEvent.DirectionId, stopEvent.StopId, StopName(stopEvent.StopId), stopEvent.ServiceDate,
                scope.Local(served), stopEvent.VehicleId, previous.VehicleId, stopEvent.RunKey, previous.RunKey, (int)Math.Round(observed), scheduledHeadway, Math.Round(ratio, 3)));
        }
    }

    public BunchingReport Build()
    {
        var routes = _routes.OrderBy(r => r.Key.RouteId, StringComparer.Ordinal).ThenBy(r => r.Key.Direction)
            .Select(r => r.Value.ToSummary(r.Key.RouteId, Direction(r.Key.Direction), null, null)).ToList();
        var stops = _stops.OrderBy(s => s.Key.RouteId, StringComparer.Ordinal).ThenBy(s => s.Key.Direction).ThenBy(s => s.Value.FirstStopIndex).ThenBy(s => s.Key.StopId, StringComparer.Ordinal)
            .Select(s => s.Value.ToSummary(s.Key.RouteId, Direction(s.Key.Direction), s.Key.StopId, StopName(s.Key.StopId))).ToList();
        return new BunchingReport(scope.From, scope.To, scope.RouteId, scope.Options.BunchingRatio, scope.Options.GapRatio,
            _network.ToSummary(scope.RouteId, null, null, null), routes, stops, _incidentCount, _incidents, _unplaced);
    }

    private static int? Direction(int direction) => direction < 0 ? null : direction;

    private string? StopName(string stopId) => scope.Network.Stops.TryGetValue(stopId, out var stop) ? stop.Name : null;

    private readonly record struct Service(DateTimeOffset Time, string VehicleId, string RunKey);
}
