using Polis.Transit.Live;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;
using static Polis.Transit.Tests.Tracking.VehicleTrackerMatchingTests;

namespace Polis.Transit.Tests.Tracking;

/// <summary>Arrivals, departures, headways and the running-time history from simulated vehicles.</summary>
public sealed class VehicleTrackerStopEventTests
{
    private static readonly DateOnly s_day = new(2026, 3, 10);
    private static readonly TransitNetwork s_corridor = TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor());

    [Fact]
    public void Process_FrequentReports_EveryStopRecordedAtTheRightTime()
    {
        var run = s_corridor.Instance("E0715", s_day)!;
        var bus = new SimulatedVehicle("bus-1", run, seed: 5) { Delay = TimeSpan.FromSeconds(75), NoiseMetres = 6 };
        var drive = new TrackingDrive(s_corridor);

        drive.Run(At(7, 15), At(7, 27), TimeSpan.FromSeconds(10), bus);

        var events = drive.Events.Where(e => e.RunKey == run.Key).OrderBy(e => e.StopSequence).ToList();
        Assert.Equal(["S0", "S1", "S2", "S3", "S4"], events.Select(e => e.StopId));
        Assert.Null(events[0].ActualArrival); // first seen waiting there
        Assert.NotNull(events[0].ActualDeparture);
        Assert.Null(events[4].ActualDeparture); // the last stop: arrival only
        for (var i = 1; i < 5; i++)
        {
            var expected = bus.ArrivalAt(i, drive.Options.StopRadiusMetres);
            Assert.InRange((events[i].ActualArrival!.Value - expected).TotalSeconds, -12, 12);
            Assert.False(events[i].Interpolated);
            Assert.Equal(("bus-1", "M", 0, 1L), (events[i].VehicleId, events[i].RouteId, events[i].DirectionId!.Value, events[i].FeedId));
        }

        // 30 s scheduled dwell + the time to cross the stop's zone (80 m at 8.3 m/s).
        Assert.InRange((events[2].ActualDeparture!.Value - events[2].ActualArrival!.Value).TotalSeconds, 28, 50);
    }

    [Fact]
    public void Process_SparseReports_SkippedStopsGetInterpolatedTimes()
    {
        var run = s_corridor.Instance("E0730", s_day)!;
        var bus = new SimulatedVehicle("bus-1", run) { NoiseMetres = 4 };
        var drive = new TrackingDrive(s_corridor);

        // One report every 4 min: two or more stops pass between reports.
        drive.Run(At(7, 29), At(7, 41), TimeSpan.FromMinutes(4), bus);

        var events = drive.Events.Where(e => e.RunKey == run.Key && e.StopSequence > 1).OrderBy(e => e.StopSequence).ToList();
        Assert.Equal(["S1", "S2", "S3", "S4"], events.Select(e => e.StopId));
        Assert.All(events, e => Assert.NotNull(e.ActualArrival));
        Assert.Contains(events, e => e.Interpolated);
        Assert.True(events.Zip(events.Skip(1)).All(p => p.First.ActualArrival < p.Second.ActualArrival));
        for (var i = 0; i < events.Count; i++)
        {
            // Linear interpolation over 4 min cannot see dwells or a vehicle standing at the stop when reported:
            // within 90 s of the truth, and never outside the two reports around it.
            Assert.InRange((events[i].ActualArrival!.Value - bus.ArrivalAt(i + 1, drive.Options.StopRadiusMetres)).TotalSeconds, -90, 90);
        }

        Assert.All(events, e => Assert.InRange(e.ActualArrival!.Value, At(7, 29), At(7, 41)));
    }

    [Fact]
    public void Process_TwoVehiclesOneHeadwayApart_SecondOneSeesTheHeadway()
    {
        var a = new SimulatedVehicle("a", s_corridor.Instance("E0700", s_day)!, seed: 1) { NoiseMetres = 5 };
        var b = new SimulatedVehicle("b", s_corridor.Instance("E0715", s_day)!, seed: 2) { NoiseMetres = 5, Delay = TimeSpan.FromSeconds(-60) };
        var drive = new TrackingDrive(s_corridor);

        drive.Run(At(6, 59), At(7, 23), TimeSpan.FromSeconds(10), a, b);

        var arrivalsAtS2 = drive.Events.Where(e => e.StopId == "S2").ToDictionary(e => e.VehicleId, e => e.ActualArrival!.Value);
        var expected = (arrivalsAtS2["b"] - arrivalsAtS2["a"]).TotalSeconds;
        Assert.InRange(expected, 780, 900); // 15 min apart, b a minute early
        Assert.Null(drive.Tracker.Track("a")!.State!.HeadwaySeconds);
        Assert.InRange(drive.Tracker.Track("b")!.State!.HeadwaySeconds!.Value, 780, 900);
    }

    [Fact]
    public void Process_CompletedRuns_RunningTimesAndDwellsEnterTheHistory()
    {
        var run = s_corridor.Instance("E0800", s_day)!;
        var bus = new SimulatedVehicle("bus-1", run) { NoiseMetres = 3 };
        var drive = new TrackingDrive(s_corridor);

        drive.Run(At(8, 0), At(8, 12), TimeSpan.FromSeconds(10), bus);

        var batch = drive.Batches[^1];
        var segment = Assert.Single(batch.Segments, s => s.Key == new SegmentKey("M", "S1", "S2", DayType.Weekday, 8));
        Assert.Equal(1, segment.Stats.Count);
        Assert.InRange(segment.Stats.Mean, 100, 125); // 120 s scheduled, zone to zone a little less
        Assert.Contains(batch.Dwells, d => d.Key == new DwellKey("M", "S2", DayType.Weekday, 8) && d.Stats.Mean is > 25 and < 50);
        Assert.Equal(batch.Segments.Count, batch.Segments.Select(s => s.Key).Distinct().Count());
    }

    [Fact]
    public void Process_VehicleStatus_StoppedAtStopThenInTransit()
    {
        var run = s_corridor.Instance("E0715", s_day)!;
        var bus = new SimulatedVehicle("bus-1", run);
        var drive = new TrackingDrive(s_corridor);

        drive.Run(At(7, 16, 50), At(7, 17, 20), TimeSpan.FromSeconds(10), bus); // at S1 07:17:00–07:17:30
        var stopped = drive.Results[^1].State!;
        drive.Run(At(7, 18, 10), At(7, 18, 10), TimeSpan.FromSeconds(10), bus);
        var moving = drive.Results[^1].State!;

        Assert.Equal((VehicleStopStatus.StoppedAt, 1), (stopped.StopStatus, stopped.NextStopIndex!.Value));
        Assert.Equal((VehicleStopStatus.InTransitTo, 2), (moving.StopStatus, moving.NextStopIndex!.Value));
    }
}
