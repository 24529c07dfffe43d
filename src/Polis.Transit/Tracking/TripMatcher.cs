using Polis.Transit.Geometry;
using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// Finds the run a vehicle serves. A vehicle already on a run stays on it while its report fits the shape ahead
/// of its progress (a constrained projection: progress never goes back by more than the GPS noise, which keeps
/// loops and out-and-back streets apart). A reported trip_id is used when the report fits that trip's shape
/// (<see cref="TripMatchSource.Assigned"/>). Otherwise the runs under way on the reported route, or on the routes
/// calling at stops nearby, are ranked by <see cref="RunScoring"/>; another run replaces the current one only when
/// clearly cheaper for <see cref="TrackingOptions.SwitchReports"/> reports in a row, or when the current one ended
/// (the vehicle reached its last stop); while the vehicle waits at its run's first stop every run competes afresh.
/// A run another vehicle holds with stronger evidence is no candidate at all (<see cref="RunHolders.Outranks"/>):
/// one vehicle per run, so the loser of a run takes its next best or none.
/// </summary>
public static class TripMatcher
{
    /// <summary>How much cheaper a challenger must be than the current run to count towards a switch.</summary>
    public const double SwitchMargin = 0.5;

    private static readonly double[] s_stopSearchRadii = [1_000, 5_000];

    /// <param name="blocked">True for a match whose run another vehicle holds with evidence at least as strong (none when null).</param>
    public static MatchOutcome Match(TransitNetwork network, VehicleReport report, MatchMemory memory, TrackingOptions options, Func<RunMatch, bool>? blocked = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(memory);
        ArgumentNullException.ThrowIfNull(options);
        blocked ??= static _ => false;
        var current = memory.Current;
        var finishedKey = memory.FinishedKey;
        if (current is not null && HasFinished(current, options))
        {
            finishedKey = current.Key;
            current = null;
        }

        var keep = current is null ? null : Continue(current, report, memory.At, options);
        if (keep is not null && blocked(keep))
        {
            // Taken by a vehicle with stronger evidence: not even held through a detour.
            (keep, current) = (null, null);
        }

        // Waiting at the first stop shows nothing of which run the vehicle will take: there, the current run
        // competes with the others afresh (at a terminus the next departure, or a run not yet taken, wins).
        var fitsCurrent = keep is not null;
        var waiting = keep is not null && ScheduleMath.AtFirstStop(keep.Run.Trip, keep.Progress, options.StopRadiusMetres);
        if (waiting)
        {
            keep = null;
        }

        if (report.TripId is { } tripId && network.Trips.TryGetValue(tripId, out var trip))
        {
            if (keep is not null && keep.Run.Trip == trip)
            {
                return Accept(keep with { Source = TripMatchSource.Assigned }, report, finishedKey);
            }

            var assigned = BestOf(RunIndex.Of(network).Between(trip.Route.Id, Earliest(report, options), Latest(report, options)).Where(r => r.Trip == trip),
                report, finishedKey, TripMatchSource.Assigned, options, blocked);
            if (assigned is not null)
            {
                return Accept(assigned, report, finishedKey);
            }
        }

        // Costs are never negative: no run can be cheaper by the margin than a current run costing less than it,
        // so the search for challengers (the expensive part of a report) is skipped for a vehicle on schedule.
        if (keep is not null && keep.Cost <= SwitchMargin)
        {
            return Accept(keep, report, finishedKey);
        }

        var best = BestOf(CandidateRuns(network, report, options).Where(r => waiting || r.Key != current?.Key), report, finishedKey, TripMatchSource.Matched, options, blocked);
        if (keep is not null)
        {
            if (best is null || best.Cost + SwitchMargin >= keep.Cost)
            {
                return Accept(keep, report, finishedKey);
            }

            var count = memory.ChallengerKey == best.Key ? memory.ChallengerCount + 1 : 1;
            return count >= options.SwitchReports
                ? Accept(best, report, finishedKey)
                : new MatchOutcome(new MatchMemory(keep, report.Timestamp, best.Key, count, 0, finishedKey), keep);
        }

        if (best is not null)
        {
            return Accept(best, report, finishedKey);
        }

        // Nothing fits: hold the current run through a short detour or a bad fix, then let it go. A vehicle still on
        // its run's shape (waiting at the first stop past the time it could leave on it) is no detour: it lets go now.
        return current is not null && !fitsCurrent && memory.Misses < options.OffRouteGraceReports
            ? new MatchOutcome(memory with { Misses = memory.Misses + 1, ChallengerKey = null, ChallengerCount = 0 }, null)
            : new MatchOutcome(MatchMemory.Empty with { FinishedKey = finishedKey }, null);
    }

    /// <summary>True once the vehicle is in the zone of the run's last stop.</summary>
    public static bool HasFinished(RunMatch match, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(match);
        ArgumentNullException.ThrowIfNull(options);
        var trip = match.Run.Trip;
        var last = trip.Stops.Count - 1;
        return match.Progress >= trip.Stops[last].DistanceMetres - ScheduleMath.StopRadius(trip, last, options.StopRadiusMetres);
    }

    /// <summary>The current run's place for this report, searched only from just behind its progress to as far as it can have gone.</summary>
    public static RunMatch? Continue(RunMatch current, VehicleReport report, DateTimeOffset? since, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var seconds = since is { } at ? Math.Max(1, (report.Timestamp - at).TotalSeconds) : 1;
        var reach = current.Progress + (options.MaxSpeedMetresPerSecond * seconds) + options.ShapeToleranceMetres;
        var place = current.Run.Trip.Shape.Project(report.Latitude, report.Longitude, current.Progress - options.GpsNoiseMetres, reach);
        if (place.OffsetMetres > options.ShapeToleranceMetres)
        {
            return null;
        }

        var progress = Math.Max(current.Progress, place.DistanceAlong);
        var deviation = ScheduleMath.DeviationSeconds(current.Run, progress, report.Timestamp, options.StopRadiusMetres);
        var cost = RunScoring.ContinuationCost(current.Run, progress, place.OffsetMetres, deviation, report, options);
        return current with { Progress = progress, OffsetMetres = place.OffsetMetres, DeviationSeconds = deviation, Cost = cost };
    }

    /// <summary>Runs under way around the report's time on its route, or on the routes calling at stops near it.</summary>
    public static IEnumerable<TripInstance> CandidateRuns(TransitNetwork network, VehicleReport report, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        var index = RunIndex.Of(network);
        IEnumerable<string> routes = [];
        if (report.RouteId is { } routeId && network.Routes.ContainsKey(routeId))
        {
            routes = [routeId];
        }
        else
        {
            foreach (var radius in s_stopSearchRadii)
            {
                var near = network.StopGrid.Near(report.Latitude, report.Longitude, radius);
                if (near.Count > 0)
                {
                    routes = near.SelectMany(s => index.RoutesAt(s.Stop.Id)).Distinct(StringComparer.Ordinal).ToList();
                    break;
                }
            }
        }

        return routes.SelectMany(r => index.Between(r, Earliest(report, options), Latest(report, options)));
    }

    private static RunMatch? BestOf(IEnumerable<TripInstance> runs, VehicleReport report, string? finishedKey, TripMatchSource source, TrackingOptions options, Func<RunMatch, bool> blocked)
    {
        // Trips share shapes: search each shape once per report.
        var places = new Dictionary<ShapeLine, IReadOnlyList<ShapeProjection>>(ReferenceEqualityComparer.Instance);
        RunMatch? best = null;
        foreach (var run in runs)
        {
            if (run.Key == finishedKey)
            {
                continue;
            }

            var shape = run.Trip.Shape;
            if (!places.TryGetValue(shape, out var found))
            {
                places[shape] = found = ShapeSearch.Candidates(shape, report.Latitude, report.Longitude, options.ShapeToleranceMetres);
            }

            if (found.Count > 0 && RunScoring.Best(run, found, report, source, options) is { } match && (best is null || match.Cost < best.Cost) && !blocked(match))
            {
                best = match;
            }
        }

        return best;
    }

    private static MatchOutcome Accept(RunMatch match, VehicleReport report, string? finishedKey) =>
        new(new MatchMemory(match, report.Timestamp, null, 0, 0, finishedKey), match);

    private static DateTimeOffset Earliest(VehicleReport report, TrackingOptions options) => report.Timestamp - options.MaxLate;

    private static DateTimeOffset Latest(VehicleReport report, TrackingOptions options) => report.Timestamp + (options.Layover > options.MaxEarly ? options.Layover : options.MaxEarly);
}
