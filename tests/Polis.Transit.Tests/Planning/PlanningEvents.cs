using Polis.Transit.Planning;
using Polis.Transit.Tests.Tracking;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Planning;

/// <summary>
/// Hand-made stop events on <see cref="TrackingFeeds.Corridor"/> (route M, eastbound E0700…E0845 every 15 min, S0…S4,
/// 120 s running, 30 s dwell at S1–S3, S2 not a timepoint) and <see cref="TrackingFeeds.Loop"/> (a 10 min headway-based loop).
/// </summary>
internal static class PlanningEvents
{
    /// <summary>A Tuesday inside the test feeds' calendar.</summary>
    public static readonly DateOnly Tuesday = new(2026, 3, 10);

    private static readonly Lazy<TransitNetwork> s_corridor = new(() => TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor()));
    private static readonly Lazy<TransitNetwork> s_loop = new(() => TransitNetworkBuilder.Build(2, TrackingFeeds.Loop()));

    public static TransitNetwork Corridor => s_corridor.Value;

    public static TransitNetwork Loop => s_loop.Value;

    /// <summary>
    /// Every call of one run by one vehicle, <paramref name="delay"/> late throughout (no arrival at the first stop: the
    /// vehicle waited there; no departure at the last). <paramref name="startSeconds"/> picks a frequency run.
    /// </summary>
    public static IEnumerable<StopEvent> Run(TransitNetwork network, string tripId, string vehicle, TimeSpan delay, DateOnly? date = null, int? startSeconds = null)
    {
        var run = network.Instance(tripId, date ?? Tuesday, startSeconds) ?? throw new ArgumentException($"No run of {tripId}.", nameof(tripId));
        var last = run.Trip.Stops.Count - 1;
        return Enumerable.Range(0, last + 1).Select(i =>
            Call(run, i, vehicle, i == 0 ? null : run.ScheduledArrival(i) + delay, i == last ? null : run.ScheduledDeparture(i) + delay));
    }

    public static StopEvent Call(TripInstance run, int index, string vehicle, DateTimeOffset? arrival, DateTimeOffset? departure)
    {
        var trip = run.Trip;
        var stop = trip.Stops[index];
        return new StopEvent(1, run.Key, trip.Id, trip.Route.Id, trip.Trip.DirectionId, stop.StopId, stop.Sequence, run.ServiceDate, vehicle,
            run.ScheduledArrival(index), run.ScheduledDeparture(index), arrival, departure, false);
    }

    /// <summary>As the store streams them: by time.</summary>
    public static List<StopEvent> InTimeOrder(params IEnumerable<StopEvent>[] runs) => [.. runs.SelectMany(r => r).OrderBy(e => e.Time)];

    public static PlanningScope Scope(TransitNetwork network, PlanningOptions? options = null, string? routeId = null, DateOnly? from = null, DateOnly? to = null,
        IList<DateOnly>? holidays = null) =>
        new(network, from ?? Tuesday, to ?? from ?? Tuesday, routeId, options ?? new PlanningOptions(), holidays ?? [], new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero));
}
