using Polis.Transit.Planning;
using Polis.Transit.Tracking;
using static Polis.Transit.Tests.Planning.PlanningEvents;

namespace Polis.Transit.Tests.Planning;

public sealed class BunchingAnalysisTests
{
    [Fact]
    public void Analyze_LateBusCaughtUp_GapBeforeItAndBunchingBehindIt()
    {
        // E0715 runs 12 min late between two on-time buses: 27 min after E0700 (gap, 1.8 × 15) and 3 min before E0730
        // (bunching, 0.2 × 15) at each boarding stop S0 (departures) to S3; S4, the last stop, is no boarding stop.
        var events = MiddleBusLate(TimeSpan.FromMinutes(12));

        var report = BunchingAnalysis.Analyze(events, Scope(Corridor));

        var route = Assert.Single(report.Routes);
        Assert.Equal(("M", 0, 8L, 4L, 4L), (route.RouteId, route.DirectionId, route.Headways, route.Bunched, route.Gaps));
        Assert.Equal((900.0, 900.0), (route.MeanScheduledSeconds, route.MeanObservedSeconds));
        Assert.Equal(0.8, route.DeviationCv); // deviations +720 and −720 s: σ 720 over a 900 s headway
        Assert.Equal("F", route.LevelOfService);
        Assert.Equal((50.0, 50.0), (route.BunchedPercent, route.GapPercent));
        Assert.Equal(["S0", "S1", "S2", "S3"], report.Stops.Select(s => s.StopId));
        Assert.Equal(8, report.IncidentCount);
        var gaps = report.Incidents.Where(i => i.Kind == HeadwayIncidentKind.Gap).ToList();
        var bunched = report.Incidents.Where(i => i.Kind == HeadwayIncidentKind.Bunching).ToList();
        Assert.All(gaps, i => Assert.Equal(("bus-2", "bus-1", 1620, 900, 1.8), (i.VehicleId, i.PreviousVehicleId, i.ObservedSeconds, i.ScheduledSeconds, i.Ratio)));
        Assert.All(bunched, i => Assert.Equal(("bus-3", "bus-2", 180, 900, 0.2), (i.VehicleId, i.PreviousVehicleId, i.ObservedSeconds, i.ScheduledSeconds, i.Ratio)));
        var first = report.Incidents[0];
        Assert.Equal(("S0", new DateTimeOffset(2026, 3, 10, 7, 27, 0, TimeSpan.Zero)), (first.StopId, first.Time));
    }

    [Fact]
    public void Analyze_RegularService_NoIncidentsAndLevelA()
    {
        var events = InTimeOrder(
            Run(Corridor, "E0700", "bus-1", TimeSpan.Zero),
            Run(Corridor, "E0715", "bus-2", TimeSpan.FromMinutes(1)),
            Run(Corridor, "E0730", "bus-3", TimeSpan.FromMinutes(1)));

        var report = BunchingAnalysis.Analyze(events, Scope(Corridor));

        Assert.Empty(report.Incidents);
        Assert.Equal((8L, 0L, 0L, "A"), (report.Network.Headways, report.Network.Bunched, report.Network.Gaps, report.Network.LevelOfService));
    }

    [Fact]
    public void Analyze_OneRunMissingWhileTheRouteIsTracked_GapCounted()
    {
        var events = InTimeOrder(
            Run(Corridor, "E0700", "bus-1", TimeSpan.Zero),
            Run(Corridor, "E0715", "bus-2", TimeSpan.Zero),
            Run(Corridor, "E0745", "bus-4", TimeSpan.Zero)); // E0730 never ran

        var report = BunchingAnalysis.Analyze(events, Scope(Corridor));

        Assert.Equal((4L, 0L), (report.Network.Gaps, report.Network.Excluded));
        Assert.All(report.Incidents, i => Assert.Equal(("bus-4", 1800, 2.0), (i.VehicleId, i.ObservedSeconds, i.Ratio)));
    }

    [Fact]
    public void Analyze_NothingTrackedForAnHour_HeadwaysAcrossTheSilenceLeftOut()
    {
        // Between E0700 (last event 07:09:30) and E0800 nothing of route M was seen for 50 min: more than two scheduled
        // headways, so no single missed run explains it; tracking was off, and no gap is reported.
        var events = InTimeOrder(
            Run(Corridor, "E0700", "bus-1", TimeSpan.Zero),
            Run(Corridor, "E0800", "bus-5", TimeSpan.Zero),
            Run(Corridor, "E0815", "bus-6", TimeSpan.Zero));

        var report = BunchingAnalysis.Analyze(events, Scope(Corridor));

        Assert.Empty(report.Incidents);
        Assert.Equal((4L, 4L, 0L), (report.Network.Headways, report.Network.Excluded, report.Network.Gaps));
    }

    [Fact]
    public void Analyze_HeadwayBasedLoop_TwoShuttlesTogetherAreBunched()
    {
        // The loop runs every 10 min with exact_times=0; the 07:10 shuttle leaves 8 min late, 2 min ahead of the 07:20 one.
        var events = InTimeOrder(
            Run(Loop, "loop", "shuttle-1", TimeSpan.Zero, startSeconds: 7 * 3600),
            Run(Loop, "loop", "shuttle-2", TimeSpan.FromMinutes(8), startSeconds: (7 * 3600) + 600),
            Run(Loop, "loop", "shuttle-3", TimeSpan.Zero, startSeconds: (7 * 3600) + 1200));

        var report = BunchingAnalysis.Analyze(events, Scope(Loop));

        var route = Assert.Single(report.Routes);
        Assert.True(route.HeadwayBased);
        Assert.Equal((8L, 4L, 4L), (route.Headways, route.Bunched, route.Gaps));
        Assert.All(report.Incidents.Where(i => i.Kind == HeadwayIncidentKind.Bunching), i => Assert.Equal((120, 600), (i.ObservedSeconds, i.ScheduledSeconds)));
    }

    [Fact]
    public void Analyze_Thresholds_Configurable()
    {
        var events = MiddleBusLate(TimeSpan.FromMinutes(5)); // 20 then 10 min: within the defaults, not within 0.7–1.2

        var defaults = BunchingAnalysis.Analyze(events, Scope(Corridor));
        var strict = BunchingAnalysis.Analyze(events, Scope(Corridor, new PlanningOptions { BunchingRatio = 0.7, GapRatio = 1.2 }));

        Assert.Equal(0, defaults.IncidentCount);
        Assert.Equal((4L, 4L), (strict.Network.Bunched, strict.Network.Gaps));
    }

    [Fact]
    public void Analyze_MoreIncidentsThanListed_AllCountedFirstListed()
    {
        var events = MiddleBusLate(TimeSpan.FromMinutes(12));

        var report = BunchingAnalysis.Analyze(events, Scope(Corridor, new PlanningOptions { MaxIncidents = 3 }));

        Assert.Equal(8, report.IncidentCount);
        Assert.Equal(3, report.Incidents.Count);
        Assert.Equal(report.Incidents.OrderBy(i => i.Time), report.Incidents);
    }

    [Fact]
    public void Analyze_EventsOfOtherDatesRoutesAndFeeds_LeftOut()
    {
        var other = Corridor.Instance("E0715", Tuesday)!;
        var events = InTimeOrder(
            Run(Corridor, "E0700", "bus-1", TimeSpan.Zero),
            Run(Corridor, "E0715", "bus-2", TimeSpan.FromMinutes(12), Tuesday.AddDays(1)),
            [PlanningEvents.Call(other, 1, "bus-9", other.ScheduledArrival(1), other.ScheduledDeparture(1)) with { TripId = "gone", RunKey = "gone@x" }]);

        var report = BunchingAnalysis.Analyze(events, Scope(Corridor));

        Assert.Equal((0L, 1L), (report.Network.Headways, report.UnplacedEvents));
    }

    /// <summary>E0700 and E0730 on time (buses 1 and 3) and E0715 <paramref name="delay"/> late between them (bus 2).</summary>
    private static List<StopEvent> MiddleBusLate(TimeSpan delay) => InTimeOrder(
        Run(Corridor, "E0700", "bus-1", TimeSpan.Zero),
        Run(Corridor, "E0715", "bus-2", delay),
        Run(Corridor, "E0730", "bus-3", TimeSpan.Zero));
}
