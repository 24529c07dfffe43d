using Polis.Transit.Planning;
using Polis.Transit.Tests.Tracking;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Planning;

/// <summary>
/// Reports over stop events the real tracker recorded from simulated vehicles on the real Caltrain (hourly midday locals
/// 134, 138, 142 southbound at 9:07, 10:07, 11:07; 135, 139, 143 northbound at 9:10, 10:10, 11:10) and Bull Runner
/// (a headway-based loop every 10 min) timetables.
/// </summary>
public sealed class RealFeedPlanningTests
{
    private static readonly DateOnly s_tuesday = RealFeeds.Today;
    private static readonly DateTimeOffset s_later = new(2010, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Caltrain_TrainRunning25MinutesLate_GapBeforeItBunchingBehindItAndLateDepartures()
    {
        var network = RealNetworks.Caltrain;
        var events = PlanningDrive.Run(network, TimeSpan.FromSeconds(30),
            Train(network, "134", TimeSpan.Zero), Train(network, "138", TimeSpan.FromMinutes(25)), Train(network, "142", TimeSpan.Zero));
        var stations = network.Trips["13801272009"].Stops.Count;
        // 85 min after 134 where 60 are scheduled (1.42), then 35 min before 142 (0.58): incidents at these thresholds.
        var options = new PlanningOptions { BunchingRatio = 0.6, GapRatio = 1.3 };

        var bunching = BunchingAnalysis.Analyze(events, Scope(network, options));
        var onTime = OnTimeAnalysis.Analyze(events, Scope(network, new PlanningOptions()));

        var gaps = bunching.Incidents.Where(i => i.Kind == HeadwayIncidentKind.Gap).ToList();
        var bunched = bunching.Incidents.Where(i => i.Kind == HeadwayIncidentKind.Bunching).ToList();
        Assert.Equal(stations - 1, gaps.Count); // every station but the last (no one boards there)
        Assert.Equal(stations - 1, bunched.Count);
        Assert.All(gaps, i => Assert.Equal(("train-138", "train-134", 3600), (i.VehicleId, i.PreviousVehicleId, i.ScheduledSeconds)));
        Assert.All(gaps, i => Assert.InRange(i.ObservedSeconds, (85 * 60) - 40, (85 * 60) + 40));
        Assert.All(bunched, i => Assert.Equal(("train-142", "train-138"), (i.VehicleId, i.PreviousVehicleId)));
        Assert.All(bunched, i => Assert.InRange(i.ObservedSeconds, (35 * 60) - 40, (35 * 60) + 40));
        Assert.Equal(0, bunching.Network.Excluded);
        var local = Assert.Single(onTime.Routes, r => r.RouteId == "ct_local");
        Assert.Equal((3L * stations, 2L * stations, 0L, (long)stations), (local.Figures.Measured, local.Figures.OnTime, local.Figures.Early, local.Figures.Late));
    }

    [Fact]
    public void Caltrain_RunMissingBetweenTrackedTrainsAndAHalt_MissedRunAndTheSlowSegmentProposed()
    {
        var network = RealNetworks.Caltrain;
        var halted = network.Trips["14201272009"];
        var haltAt = (halted.Stops[5].DistanceMetres + halted.Stops[6].DistanceMetres) / 2;
        var events = PlanningDrive.Run(network, TimeSpan.FromSeconds(30),
            Train(network, "134", TimeSpan.Zero), Train(network, "135", TimeSpan.Zero), Train(network, "139", TimeSpan.Zero),
            Train(network, "142", TimeSpan.Zero, haltAt), Train(network, "143", TimeSpan.Zero));

        var onTime = OnTimeAnalysis.Analyze(events, Scope(network, new PlanningOptions()));
        var runningTimes = RunningTimeAnalysis.Analyze(events, Scope(network, new PlanningOptions { MinObservations = 2 }));

        // 138 (10:07) did not run while 134, 135, 139 and 142 were tracked around it; nothing was tracked around the rest.
        var runs = Assert.Single(onTime.Routes, r => r.RouteId == "ct_local").Runs;
        Assert.Equal((5, 1, runs.Scheduled - 6), (runs.Observed, runs.Missed, runs.Untracked));
        var segments = runningTimes.Rows.Where(r => r.RouteId == "ct_local" && r.DirectionId == 1 && r.Kind == RunningTimeKind.Segment).ToList();
        var slow = Assert.Single(segments, r => r.FromStopId == halted.Stops[5].StopId);
        var scheduled = halted.Stops[6].Arrival - halted.Stops[5].Departure;
        Assert.Equal((2, scheduled, "midday"), (slow.Count, slow.ScheduledSeconds, slow.Band));
        Assert.InRange(slow.MeanSeconds, scheduled + 120 - 30, scheduled + 120 + 30); // one on time, one 240 s slower
        Assert.InRange(slow.PercentileSeconds, scheduled + 204 - 30, scheduled + 204 + 30); // 0.85 of the way up
        Assert.Equal(Percentiles.RoundTo(slow.PercentileSeconds, 60), slow.ProposedSeconds);
        Assert.True(slow.ChangeSeconds >= 180, $"change {slow.ChangeSeconds}");
        Assert.All(segments.Where(r => r != slow), r => Assert.InRange(r.MeanSeconds - r.ScheduledSeconds, -45, 45));
    }

    [Fact]
    public void BullRunner_LateShuttleCaughtUp_BunchingOnAHeadwayBasedRoute()
    {
        var network = RealNetworks.BullRunner;
        var day = new DateOnly(2020, 3, 10);
        SimulatedVehicle Shuttle(string id, int start, TimeSpan delay, int seed) =>
            new(id, network.Instance("1", day, start)!, seed) { NoiseMetres = 10, SendsRouteId = true, Delay = delay };
        var events = PlanningDrive.Run(network, TimeSpan.FromSeconds(15),
            Shuttle("shuttle-1", 8 * 3600, TimeSpan.Zero, 1), Shuttle("shuttle-2", (8 * 3600) + 600, TimeSpan.FromMinutes(8), 2),
            Shuttle("shuttle-3", (8 * 3600) + 1200, TimeSpan.Zero, 3));
        var scope = new PlanningScope(network, day, day, "A", new PlanningOptions(), [], s_later);

        var bunching = BunchingAnalysis.Analyze(events, scope);
        var onTime = OnTimeAnalysis.Analyze(events, scope);

        var route = Assert.Single(bunching.Routes);
        Assert.True(route.HeadwayBased);
        var bunched = bunching.Incidents.Where(i => i.Kind == HeadwayIncidentKind.Bunching).ToList();
        Assert.True(bunched.Count >= 20, $"{bunched.Count} bunched stops");
        Assert.All(bunched, i => Assert.Equal(("shuttle-3", "shuttle-2", 600), (i.VehicleId, i.PreviousVehicleId, i.ScheduledSeconds)));
        Assert.All(bunched, i => Assert.InRange(i.ObservedSeconds, 120 - 40, 120 + 40));
        Assert.All(bunching.Incidents.Where(i => i.Kind == HeadwayIncidentKind.Gap), i => Assert.Equal("shuttle-2", i.VehicleId));
        var routeA = Assert.Single(onTime.Routes);
        Assert.Equal((true, 0L), (routeA.HeadwayBased, routeA.Figures.Measured));
    }

    /// <summary>A train reporting its trip id every 30 s with 15 m of GPS noise, optionally halting 4 min at <paramref name="haltAt"/> metres.</summary>
    private static SimulatedVehicle Train(TransitNetwork network, string number, TimeSpan delay, double? haltAt = null) =>
        new($"train-{number}", network.Instance($"{number}01272009", s_tuesday)!, seed: int.Parse(number, System.Globalization.CultureInfo.InvariantCulture))
        {
            Delay = delay, NoiseMetres = 15, SendsTripId = true, HaltAt = haltAt, HaltFor = haltAt is null ? TimeSpan.Zero : TimeSpan.FromMinutes(4),
        };

    private static PlanningScope Scope(TransitNetwork network, PlanningOptions options) => new(network, s_tuesday, s_tuesday, null, options, [], s_later);
}
