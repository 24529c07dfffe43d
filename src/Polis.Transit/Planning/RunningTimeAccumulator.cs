using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>
/// The state of <see cref="RunningTimeAnalysis"/> while events stream by: the cells, and per run under way (run and
/// vehicle) its last call and first departure, forgotten at the run's last stop or once it has been silent for hours.
/// </summary>
internal sealed class RunningTimeAccumulator(PlanningScope scope) : IStopEventAccumulator<RunningTimeReport>
{
    private static readonly TimeSpan s_forgetRunsAfter = TimeSpan.FromHours(6);
    private readonly Dictionary<RunningTimeCellKey, RunningTimeCell> _cells = [];
    private readonly Dictionary<(string RunKey, string VehicleId), RunSoFar> _runs = [];
    private long _unplaced;
    private long _added;

    public void Add(StopEvent stopEvent)
    {
        if (!scope.Covers(stopEvent))
        {
            return;
        }

        if (scope.Resolve(stopEvent) is not { } call)
        {
            _unplaced++;
            return;
        }

        if (++_added % 50_000 == 0)
        {
            ForgetRunsSilentSince(stopEvent.Time - s_forgetRunsAfter);
        }

        var trip = call.Trip;
        var runKey = (stopEvent.RunKey, stopEvent.VehicleId);
        _runs.TryGetValue(runKey, out var run);
        if (!call.IsFirstStop && !call.IsLastStop && stopEvent.ActualArrival is { } arrived && stopEvent.ActualDeparture is { } left)
        {
            Observe(stopEvent, RunningTimeKind.Dwell, trip, call.StopIndex, call.StopIndex, stopEvent.ScheduledArrival, left - arrived, stopEvent.ScheduledDeparture - stopEvent.ScheduledArrival);
        }

        if (run is not null && call.StopIndex == run.StopIndex + 1 && run.Departure is { } departed && stopEvent.ActualArrival is { } reached)
        {
            Observe(stopEvent, RunningTimeKind.Segment, trip, run.StopIndex, call.StopIndex, run.ScheduledDeparture, reached - departed, stopEvent.ScheduledArrival - run.ScheduledDeparture);
        }

        if (call.IsFirstStop || run is null)
        {
            // A run first seen past its first stop has segments from here on, but no whole-trip time.
            run = new RunSoFar { FirstDeparture = call.IsFirstStop ? stopEvent.ActualDeparture : null, FirstScheduledDeparture = stopEvent.ScheduledDeparture };
            _runs[runKey] = run;
        }

        if (call.IsLastStop)
        {
            if (run.FirstDeparture is { } started && stopEvent.ActualArrival is { } ended)
            {
                Observe(stopEvent, RunningTimeKind.Trip, trip, 0, call.StopIndex, run.FirstScheduledDeparture, ended - started, stopEvent.ScheduledArrival - run.FirstScheduledDeparture);
            }

            _runs.Remove(runKey);
            return;
        }

        (run.StopIndex, run.Departure, run.ScheduledDeparture, run.LastSeen) = (call.StopIndex, stopEvent.ActualDeparture, stopEvent.ScheduledDeparture, stopEvent.Time);
    }

    public RunningTimeReport Build()
    {
        var rows = _cells
            .OrderBy(c => c.Key.RouteId, StringComparer.Ordinal).ThenBy(c => c.Key.Direction).ThenBy(c => c.Key.Kind == RunningTimeKind.Trip ? 0 : 1)
            .ThenBy(c => c.Value.StopIndex).ThenBy(c => c.Key.Kind).ThenBy(c => c.Key.FromStopId, StringComparer.Ordinal).ThenBy(c => c.Key.ToStopId, StringComparer.Ordinal)
            .ThenBy(c => c.Key.DayType).ThenBy(c => c.Key.Band)
            .Select(c => c.Value.ToRow(c.Key, scope)).ToList();
        var options = scope.Options;
        return new RunningTimeReport(scope.From, scope.To, scope.RouteId, options.ProposedPercentile, options.RoundingSeconds, options.MinObservations, scope.Bands.All, rows, _unplaced);
    }

    /// <summary>Adds one observation; the band and day type are those of the scheduled start of what is measured.</summary>
    private void Observe(StopEvent stopEvent, RunningTimeKind kind, ScheduledTrip trip, int fromIndex, int toIndex, DateTimeOffset scheduledStart, TimeSpan observed, TimeSpan scheduled)
    {
        var band = scope.Bands.IndexOf(scope.TimetableSeconds(stopEvent.ServiceDate, scheduledStart));
        var key = new RunningTimeCellKey(stopEvent.RouteId, stopEvent.DirectionId ?? -1, kind, trip.Stops[fromIndex].StopId, trip.Stops[toIndex].StopId,
            scope.DayTypeOf(stopEvent.ServiceDate), band);
        if (!_cells.TryGetValue(key, out var cell))
        {
            _cells[key] = cell = new RunningTimeCell(fromIndex);
        }

        cell.Add(observed.TotalSeconds, (int)Math.Round(scheduled.TotalSeconds));
    }

    private void ForgetRunsSilentSince(DateTimeOffset before)
    {
        foreach (var key in _runs.Where(r => r.Value.LastSeen < before).Select(r => r.Key).ToList())
        {
            _runs.Remove(key);
        }
    }

    private sealed class RunSoFar
    {
        public int StopIndex { get; set; }

        public DateTimeOffset? Departure { get; set; }

        public DateTimeOffset ScheduledDeparture { get; set; }

        public DateTimeOffset LastSeen { get; set; }

        public DateTimeOffset? FirstDeparture { get; init; }

        public DateTimeOffset FirstScheduledDeparture { get; init; }
    }
}
