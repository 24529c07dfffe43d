using Polis.Transit.Geometry;
using Polis.Transit.Timetable;

namespace Polis.Simulator.Transit;

/// <summary>
/// Chains a service date's runs (frequency runs expanded) into vehicle duties, so the fleet is as large as the
/// timetable needs. Runs sharing a block_id are one vehicle's work, as the feed says. The others are chained
/// greedily in order of departure: a run goes to a vehicle whose last run ended at or near its first stop at least
/// <see cref="MinLayover"/> before it departs — one of its own route if any (the one that has waited longest),
/// else any (a feed that gives each direction its own route_id, like BART's, would otherwise need a vehicle per
/// run) — and to a new vehicle when none is free there. Deterministic: the same network and date give the same
/// duties in the same order.
/// </summary>
public static class DutyPlanner
{
    /// <summary>The shortest turnaround between two runs of a vehicle without a block (the driver's break, the doors).</summary>
    public static readonly TimeSpan MinLayover = TimeSpan.FromMinutes(3);

    /// <summary>How far a run may start from where the vehicle's last one ended (another stop of the same terminus).</summary>
    public const double TerminusMetres = 400;

    /// <summary>The duties of <paramref name="serviceDate"/>, ordered by their first departure.</summary>
    public static IReadOnlyList<VehicleDuty> Plan(TransitNetwork network, DateOnly serviceDate)
    {
        ArgumentNullException.ThrowIfNull(network);
        var runs = Runs(network, serviceDate);
        var duties = new List<List<TripInstance>>();
        foreach (var block in runs.Where(r => !string.IsNullOrEmpty(r.Trip.Trip.BlockId)).GroupBy(r => r.Trip.Trip.BlockId, StringComparer.Ordinal))
        {
            Chain(block, duties, (last, next) => last.ScheduledEnd <= next.ScheduledStart);
        }

        Chain(runs.Where(r => string.IsNullOrEmpty(r.Trip.Trip.BlockId)), duties,
            (last, next) => last.ScheduledEnd + MinLayover <= next.ScheduledStart && Near(network, last, next));
        return [.. duties.Select(d => new VehicleDuty(d)).OrderBy(d => d.Start).ThenBy(d => d.Trips[0].Key, StringComparer.Ordinal)];
    }

    /// <summary>Every run of the date, by departure (then key, so ties are ordered the same way every time).</summary>
    private static List<TripInstance> Runs(TransitNetwork network, DateOnly serviceDate)
    {
        var services = network.Calendar.ActiveServices(serviceDate);
        var dayStart = network.ServiceDayStart(serviceDate);
        return [.. network.Trips.Values
            .Where(t => services.Contains(t.Trip.ServiceId))
            .SelectMany(t => t.RunOffsets().Select(offset => new TripInstance(t, serviceDate, dayStart, offset)))
            .OrderBy(r => r.ScheduledStart)
            .ThenBy(r => r.Key, StringComparer.Ordinal)];
    }

    private static void Chain(IEnumerable<TripInstance> runs, List<List<TripInstance>> duties, Func<TripInstance, TripInstance, bool> canFollow)
    {
        var vehicles = new List<List<TripInstance>>();
        foreach (var run in runs)
        {
            List<TripInstance>? chosen = null;
            foreach (var vehicle in vehicles)
            {
                if (canFollow(vehicle[^1], run) && (chosen is null || Rank(vehicle, run).CompareTo(Rank(chosen, run)) < 0))
                {
                    chosen = vehicle;
                }
            }

            if (chosen is null)
            {
                chosen = [];
                vehicles.Add(chosen);
                duties.Add(chosen);
            }

            chosen.Add(run);
        }
    }

    /// <summary>A vehicle of the run's own route first, then the one free the longest.</summary>
    private static (bool OtherRoute, DateTimeOffset FreeSince) Rank(List<TripInstance> vehicle, TripInstance run) =>
        (vehicle[^1].Trip.Route.Id != run.Trip.Route.Id, vehicle[^1].ScheduledEnd);

    private static bool Near(TransitNetwork network, TripInstance last, TripInstance next)
    {
        var (end, start) = (last.Trip.Stops[^1].StopId, next.Trip.Stops[0].StopId);
        if (end == start)
        {
            return true;
        }

        var (a, b) = (network.Stops[end], network.Stops[start]);
        return GeoMath.DistanceMetres(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value) <= TerminusMetres;
    }
}
