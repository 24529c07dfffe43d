using Polis.Transit.Planning;
using Polis.Transit.Tracking;
using static Polis.Transit.Tests.Planning.PlanningEvents;

namespace Polis.Transit.Tests.Planning;

public sealed class OnTimeAnalysisTests
{
    [Fact]
    public void Analyze_LateEarlyAndOnTimeRuns_SharesAtTimepoints()
    {
        // Measured per run: departures at S0, S1 and S3 (S2 is no timepoint) and the arrival at S4.
        var events = InTimeOrder(
            Run(Corridor, "E0700", "bus-1", TimeSpan.Zero),
            Run(Corridor, "E0715", "bus-2", TimeSpan.FromMinutes(6)),
            Run(Corridor, "E0730", "bus-3", TimeSpan.FromMinutes(-2)),
            Run(Corridor, "E0745", "bus-4", TimeSpan.FromMinutes(4)));

        var report = OnTimeAnalysis.Analyze(events, Scope(Corridor));

        Assert.Equal(new OnTimeFigures(16, 8, 4, 4, 50.0, 25.0, 25.0), report.Network);
        var route = Assert.Single(report.Routes, r => r.RouteId == "M");
        Assert.Equal((report.Network, false, "M"), (route.Figures, route.HeadwayBased, route.RouteName));
        Assert.Equal(["S0", "S1", "S3", "S4"], report.Stops.Select(s => s.StopId));
        Assert.All(report.Stops, s => Assert.Equal(new OnTimeFigures(4, 2, 1, 1, 50.0, 25.0, 25.0), s.Figures));
        var hour = Assert.Single(report.Hours);
        Assert.Equal((DayType.Weekday, 7, 16L), (hour.DayType, hour.Hour, hour.Figures.Measured));
        Assert.Equal((60, 300, true), (report.EarlySeconds, report.LateSeconds, report.TimepointsOnly));
    }

    [Theory]
    [InlineData(-60, "on-time")]
    [InlineData(-61, "early")]
    [InlineData(300, "on-time")]
    [InlineData(301, "late")]
    public void Analyze_AtTheWindowsEdges_InclusiveOnTime(int delaySeconds, string expected)
    {
        var report = OnTimeAnalysis.Analyze(Run(Corridor, "E0700", "bus-1", TimeSpan.FromSeconds(delaySeconds)), Scope(Corridor));

        var figures = report.Network;
        Assert.Equal(4, figures.Measured);
        Assert.Equal(4, expected switch { "early" => figures.Early, "late" => figures.Late, _ => figures.OnTime });
    }

    [Fact]
    public void Analyze_AllStopsAndAWiderWindow_Configurable()
    {
        var options = new PlanningOptions { TimepointsOnly = false, OnTimeLate = TimeSpan.FromMinutes(7) };

        var report = OnTimeAnalysis.Analyze(Run(Corridor, "E0715", "bus-2", TimeSpan.FromMinutes(6)), Scope(Corridor, options));

        Assert.Equal(new OnTimeFigures(5, 5, 0, 0, 100.0, 0.0, 0.0), report.Network);
    }

    [Fact]
    public void Analyze_HeadwayBasedLoop_NotMeasuredAgainstTimes()
    {
        var report = OnTimeAnalysis.Analyze(Run(Loop, "loop", "shuttle-1", TimeSpan.FromMinutes(9), startSeconds: 7 * 3600), Scope(Loop));

        var route = Assert.Single(report.Routes);
        Assert.True(route.HeadwayBased);
        Assert.Equal(0, route.Figures.Measured);
        Assert.Equal(new RunCensus(0, 0, 0, 0), route.Runs); // every run of the loop is nominal
    }

    [Fact]
    public void Analyze_RunMissingWhileOthersTracked_MissedAndTheUntrackedNightRunNot()
    {
        // All of Tuesday's corridor runs but E0800 ran; E2430 (24:30) had no vehicle tracked anywhere near it.
        var events = InTimeOrder([.. Corridor.TripsOfRoute("M").Where(t => t.Id is not "E0800" and not "E2430")
            .Select(t => Run(Corridor, t.Id, "bus-" + t.Id, TimeSpan.Zero))]);

        var report = OnTimeAnalysis.Analyze(events, Scope(Corridor));

        Assert.Equal(new RunCensus(17, 15, 1, 1), Assert.Single(report.Routes, r => r.RouteId == "M").Runs);
        Assert.Equal(new RunCensus(1, 0, 0, 1), Assert.Single(report.Routes, r => r.RouteId == "X").Runs); // nothing tracked on X
    }

    [Fact]
    public void Analyze_RunsNotYetEnded_NotCounted()
    {
        var scope = new PlanningScope(Corridor, Tuesday, Tuesday, "M", new PlanningOptions(), [], new DateTimeOffset(2026, 3, 10, 8, 0, 0, TimeSpan.Zero));

        var report = OnTimeAnalysis.Analyze(Run(Corridor, "E0700", "bus-1", TimeSpan.Zero), scope);

        // Ended by 08:00: E0700…E0745 and W0705…W0750 (each takes 9.5 min); only E0700's vehicle was tracked, so no run is
        // called missed (nothing of the route was seen after any of the others ended).
        Assert.Equal(new RunCensus(8, 1, 0, 7), Assert.Single(report.Routes).Runs);
    }
}
