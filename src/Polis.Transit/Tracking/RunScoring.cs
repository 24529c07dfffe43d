using Polis.Transit.Geometry;
using Polis.Transit.Live;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tracking;

/// <summary>
/// Ranks a place on a run for a report. Each term is scaled so 1 means "as bad as the tolerance": distance off the
/// shape, lateness (10 min = 1) and earliness (5 min = 1: vehicles are late far more often than early), waiting at
/// the first stop (30 min = 1, so the next departure wins at a terminus), and heading against the shape's direction
/// (90° = 1, which separates the two directions of one street). Whether another vehicle holds the run is not a
/// cost but a rule (<see cref="RunHolders"/>).
/// </summary>
public static class RunScoring
{
    /// <summary>The cheapest acceptable place among <paramref name="places"/> on <paramref name="run"/>, or null.</summary>
    public static RunMatch? Best(TripInstance run, IReadOnlyList<ShapeProjection> places, VehicleReport report, TripMatchSource source, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(places);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        RunMatch? best = null;
        foreach (var place in places)
        {
            var deviation = ScheduleMath.DeviationSeconds(run, place.DistanceAlong, report.Timestamp, options.StopRadiusMetres);
            if (deviation < -options.MaxEarly.TotalSeconds || deviation > options.MaxLate.TotalSeconds)
            {
                continue;
            }

            // Zero deviation before the first departure means waiting at the first stop (see ScheduleMath).
            var wait = deviation == 0 ? Math.Max(0, (run.ScheduledDeparture(0) - report.Timestamp).TotalSeconds) : 0;
            if (wait > options.Layover.TotalSeconds || (source == TripMatchSource.Matched && !Plausible(run.Trip, place.DistanceAlong, deviation, options)))
            {
                continue;
            }

            var cost = (place.OffsetMetres / options.ShapeToleranceMetres) + DeviationCost(deviation) + (wait / 1800)
                + BearingCost(run, place.DistanceAlong, report);
            if (best is null || cost < best.Cost)
            {
                best = new RunMatch(run, place.DistanceAlong, place.OffsetMetres, deviation, source, cost);
            }
        }

        return best;
    }

    /// <summary>
    /// Whether a place found by spatial matching alone can mean the vehicle runs the run, beyond the lateness
    /// limits. Not at or before the first stop once the run left more than <see cref="TrackingOptions.MaxLateDeparture"/>
    /// ago: there the vehicle has not started, so its lateness only measures how long it has been standing, and a
    /// bus standing at a terminus (out of service, or waiting for a later run) would otherwise take a run whose
    /// schedule has it far down the line (MaxLate allows 30 min) and be published as that run, late, with its delay
    /// alert. Not at the last stop either: a vehicle first placed at a run's end is not running it, and would only
    /// record an arrival there it never made. A vehicle that really leaves late is matched as soon as it has left
    /// the first stop (a report later), and one that really arrives is already on its run; both limits are for
    /// spatial matches only, a reported assignment says which run the vehicle is on.
    /// </summary>
    public static bool Plausible(ScheduledTrip trip, double progress, double deviationSeconds, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(trip);
        ArgumentNullException.ThrowIfNull(options);
        if (ScheduleMath.AtFirstStop(trip, progress, options.StopRadiusMetres))
        {
            return deviationSeconds <= options.MaxLateDeparture.TotalSeconds;
        }

        var last = trip.Stops.Count - 1;
        return progress < trip.Stops[last].DistanceMetres - ScheduleMath.StopRadius(trip, last, options.StopRadiusMetres);
    }

    /// <summary>
    /// The cost of staying on the current run at <paramref name="progress"/>: the same terms, but no deviation limit
    /// applies (a very late bus is still on its trip); stickiness comes from <see cref="TripMatcher.SwitchMargin"/>.
    /// </summary>
    public static double ContinuationCost(TripInstance run, double progress, double offsetMetres, double deviation, VehicleReport report, TrackingOptions options)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(options);
        return (offsetMetres / options.ShapeToleranceMetres) + DeviationCost(deviation) + BearingCost(run, progress, report);
    }

    public static double DeviationCost(double deviationSeconds) => deviationSeconds >= 0 ? deviationSeconds / 600 : -deviationSeconds / 300;

    /// <summary>Heading against the shape's direction, when the vehicle moves fast enough for its bearing to mean something.</summary>
    public static double BearingCost(TripInstance run, double progress, VehicleReport report)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(report);
        if (report.Bearing is not { } bearing || report.SpeedMetresPerSecond is not >= 2 || run.Trip.Shape.PointCount < 2)
        {
            return 0;
        }

        return GeoMath.BearingDifference(bearing, run.Trip.Shape.BearingAt(progress)) / 90;
    }
}
