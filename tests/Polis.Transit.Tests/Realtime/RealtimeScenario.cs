using Polis.Transit.Gtfs;
using Polis.Transit.Live;
using Polis.Transit.Realtime;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Realtime.Cancellations;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tests.Realtime;

/// <summary>
/// A network built in code with vehicles in known states, at 2026-03-05 08:05 UTC: <see cref="TestFeeds.StraightLine"/>
/// (trip "out" A→B→C 08:00–08:10, trip "back" 25:00) plus a headway-based "shuttle" on route R2 (C→A every
/// 10 min from 07:00 to 09:00, exact_times=0, 6 min per run).
/// </summary>
internal static class RealtimeScenario
{
    public static readonly DateOnly Today = new(2026, 3, 5);

    public static readonly DateTimeOffset Now = new(2026, 3, 5, 8, 5, 0, TimeSpan.Zero);

    public static TransitNetwork Network { get; } = TransitNetworkBuilder.Build(1, Feed());

    public static GtfsFeed Feed()
    {
        var feed = TestFeeds.StraightLine();
        feed.Routes.Add(new GtfsRoute("R2", "a", "2", "Shuttle", 3));
        feed.Trips.Add(new GtfsTrip("shuttle", "R2", "daily", DirectionId: 1));
        feed.StopTimes.Add(new GtfsStopTime("shuttle", 1, "C", 7 * 3600, 7 * 3600));
        feed.StopTimes.Add(new GtfsStopTime("shuttle", 2, "B", (7 * 3600) + 180, (7 * 3600) + 180));
        feed.StopTimes.Add(new GtfsStopTime("shuttle", 3, "A", (7 * 3600) + 360, (7 * 3600) + 360));
        feed.Frequencies.Add(new GtfsFrequency("shuttle", 7 * 3600, 9 * 3600, 600, ExactTimes: false));
        return feed;
    }

    /// <summary>Trip "out" of today (08:00 from A, B 08:05, C 08:10).</summary>
    public static TripInstance Out => Network.Instance("out", Today)!;

    /// <summary>The shuttle's 08:00 run (C 08:00, B 08:03, A 08:06).</summary>
    public static TripInstance Shuttle0800 => Network.Instance("shuttle", Today, 8 * 3600)!;

    /// <summary>
    /// A vehicle on <paramref name="run"/> heading for stop <paramref name="next"/>, <paramref name="delay"/> seconds
    /// late, reported <paramref name="age"/> before <see cref="Now"/>, predicting every downstream stop at its
    /// scheduled time plus the delay (60 s of uncertainty).
    /// </summary>
    public static VehicleState OnRun(string id, TripInstance run, int next, int delay, TimeSpan? age = null, bool predict = true)
    {
        var reported = Now - (age ?? TimeSpan.FromSeconds(10));
        var predictions = predict
            ? Enumerable.Range(next, run.Trip.Stops.Count - next).Select(i => new StopTimePrediction(
                i, run.Trip.Stops[i].StopId, run.Trip.Stops[i].Sequence, run.ScheduledArrival(i).AddSeconds(delay), run.ScheduledDeparture(i).AddSeconds(delay), delay, delay, 60)).ToList()
            : [];
        return new VehicleState(id, $"Bus {id}", new VehiclePosition(55.0, 12.0 + TestFeeds.Degrees(900), 90, 8.5, reported), run, TripMatchSource.Matched,
            900, next, VehicleStopStatus.InTransitTo, delay, null, 35, predictions, reported);
    }

    public static VehicleState Unmatched(string id, TimeSpan? age = null)
    {
        var reported = Now - (age ?? TimeSpan.FromSeconds(5));
        return new VehicleState(id, null, new VehiclePosition(55.01, 12.01, null, null, reported), null, TripMatchSource.None,
            null, null, VehicleStopStatus.InTransitTo, null, null, null, [], reported);
    }

    public static RealtimeFeedInput Input(IReadOnlyList<VehicleState> vehicles, IReadOnlyList<TripCancellation>? cancellations = null,
        IReadOnlyList<ServiceAlert>? alerts = null, DateTimeOffset? now = null, TransitNetwork? network = null) =>
        new(network ?? Network, vehicles, cancellations ?? [], alerts ?? [], now ?? Now, TimeSpan.FromMinutes(5));

    public static TripCancellation Cancellation(string id, TripInstance run) =>
        new(id, run.Trip.Id, run.Trip.Route.Id, run.ServiceDate, run.StartSeconds, "driver shortage", run.ScheduledEnd, "ops@city", Now.AddMinutes(-1));

    public static ServiceAlert Alert(string id, AlertInformedEntity entity, params AlertActivePeriod[] periods) =>
        new(id, AlertCause.Construction, AlertEffect.Detour, AlertSeverityLevel.Warning, "Detour on line 1", "Works on Main Street", null,
            [new AlertTranslation("de", "Umleitung Linie 1", null, null)], [entity], periods, AlertSource.Operator, "ops@city", Now, "ops@city", Now);
}
