using Polis.Transit.Realtime;
using Polis.Transit.Timetable;

namespace Polis.Transit.Planning;

/// <summary>
/// Counts a route's scheduled runs as observed, missed or untracked (<see cref="RunCensus"/>). A run without stop
/// events is missed only when the stop events of its route direction show tracking was on around it: some within
/// H before its scheduled start and some within H after its scheduled end, H being the longer of the tracking gap
/// and its headway (the shorter gap to the runs either side). Otherwise nobody can tell a missed run from
/// untracked service.
/// </summary>
internal static class RunCensusCounter
{
    public static RunCensus Count(PlanningScope scope, string routeId, IReadOnlySet<string> observedRuns, RouteCoverage coverage)
    {
        var network = scope.Network;
        var (observed, missed, untracked) = (0, 0, 0);
        for (var date = scope.From; date <= scope.To; date = date.AddDays(1))
        {
            var services = network.Calendar.ActiveServices(date);
            var dayStart = scope.DayStart(date);
            var runs = network.TripsOfRoute(routeId).Where(t => services.Contains(t.Trip.ServiceId))
                .SelectMany(t => t.RunOffsets().Select(offset => new TripInstance(t, date, dayStart, offset)))
                .Where(r => r.ScheduledEnd <= scope.Now && !TripDescriptors.IsHeadwayBased(r))
                .GroupBy(r => r.Trip.Trip.DirectionId);
            foreach (var direction in runs)
            {
                var ordered = direction.OrderBy(r => r.StartSeconds).ToList();
                for (var i = 0; i < ordered.Count; i++)
                {
                    var run = ordered[i];
                    if (observedRuns.Contains(run.Key))
                    {
                        observed++;
                        continue;
                    }

                    var window = TimeSpan.FromSeconds(Math.Max(scope.Options.TrackingGap.TotalSeconds, Headway(ordered, i)));
                    if (coverage.HasEventsIn(routeId, direction.Key, run.ScheduledStart - window, run.ScheduledStart)
                        && coverage.HasEventsIn(routeId, direction.Key, run.ScheduledEnd, run.ScheduledEnd + window))
                    {
                        missed++;
                    }
                    else
                    {
                        untracked++;
                    }
                }
            }
        }

        return new RunCensus(observed + missed + untracked, observed, missed, untracked);
    }

    /// <summary>The run's headway: the shorter of the gaps to the runs either side (the one there is at the ends of the day).</summary>
    private static int Headway(List<TripInstance> ordered, int i)
    {
        int? before = i > 0 ? ordered[i].StartSeconds - ordered[i - 1].StartSeconds : null;
        int? after = i < ordered.Count - 1 ? ordered[i + 1].StartSeconds - ordered[i].StartSeconds : null;
        return (before, after) switch
        {
            ({ } b, { } a) => Math.Min(b, a),
            ({ } b, null) => b,
            (null, { } a) => a,
            _ => 0,
        };
    }
}
