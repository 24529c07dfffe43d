using Polis.Transit.Live;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Tracking;

/// <summary>Simulated vehicles on the corridor and loop feeds: the right run is found, with and without trip_id.</summary>
public sealed class VehicleTrackerMatchingTests
{
    private static readonly DateOnly s_day = new(2026, 3, 10);
    private static readonly TransitNetwork s_corridor = TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor());
    private static readonly TransitNetwork s_loop = TransitNetworkBuilder.Build(2, TrackingFeeds.Loop());

    [Theory]
    [InlineData(false, TripMatchSource.Matched)]
    [InlineData(true, TripMatchSource.Assigned)]
    public void Process_VehicleRunningLate_MatchedToItsRunWithTheDelay(bool sendsTripId, TripMatchSource expected)
    {
        var run = s_corridor.Instance("E0715", s_day)!;
        var bus = new SimulatedVehicle("bus-1", run, seed: 3) { Delay = TimeSpan.FromSeconds(90), NoiseMetres = 8, SendsTripId = sendsTripId };

        var drive = new TrackingDrive(s_corridor).Run(At(7, 17, 30), At(7, 22), TimeSpan.FromSeconds(15), bus);

        var state = drive.Results[^1].State!;
        Assert.Equal(run.Key, state.Trip!.Key);
        Assert.Equal(expected, state.MatchSource);
        Assert.InRange(state.DelaySeconds!.Value, 60, 120);
        Assert.All(drive.Results.Skip(1), r => Assert.Equal(run.Key, r.State!.Trip?.Key));
    }

    [Fact]
    public void Process_WestboundVehicle_NotMatchedToTheEastboundRunOnTheSameStreet()
    {
        var run = s_corridor.Instance("W0720", s_day)!;
        var bus = new SimulatedVehicle("bus-1", run) { NoiseMetres = 5 };

        var drive = new TrackingDrive(s_corridor).Run(At(7, 21), At(7, 26), TimeSpan.FromSeconds(20), bus);

        Assert.All(drive.Results, r => Assert.Equal("W0720", r.State!.Trip!.Trip.Id));
    }

    [Fact]
    public void Process_TripPastMidnight_MatchedToThePreviousServiceDate()
    {
        var run = s_corridor.Instance("E2430", s_day)!;
        var bus = new SimulatedVehicle("night", run) { NoiseMetres = 5 };

        var drive = new TrackingDrive(s_corridor).Run(At(24, 31), At(24, 36), TimeSpan.FromSeconds(20), bus);

        var state = drive.Results[^1].State!;
        Assert.Equal("E2430", state.Trip!.Trip.Id);
        Assert.Equal(s_day, state.Trip.ServiceDate);
        Assert.InRange(state.DelaySeconds!.Value, -30, 30);
    }

    [Fact]
    public void Process_TwoVehiclesOnAFrequencyLoop_EachOnTheRunWhoseStartFitsItsPosition()
    {
        var first = s_loop.Instance("loop", s_day, 7 * 3600)!;
        var second = s_loop.Instance("loop", s_day, (7 * 3600) + 600)!;
        var a = new SimulatedVehicle("a", first, seed: 1) { NoiseMetres = 6, Delay = TimeSpan.FromSeconds(40) };
        var b = new SimulatedVehicle("b", second, seed: 2) { NoiseMetres = 6, Delay = TimeSpan.FromSeconds(-20) };

        var drive = new TrackingDrive(s_loop).Run(At(7, 12), At(7, 18), TimeSpan.FromSeconds(20), a, b);

        Assert.Equal(first.Key, drive.Tracker.Track("a")!.State!.Trip!.Key);
        Assert.Equal(second.Key, drive.Tracker.Track("b")!.State!.Trip!.Key);
        Assert.InRange(drive.Tracker.Track("a")!.State!.DelaySeconds!.Value, 10, 70);
    }

    [Fact]
    public void Process_LoopRunFinished_NextRunTakenAtTheTerminus()
    {
        var first = s_loop.Instance("loop", s_day, 7 * 3600)!;
        var bus = new SimulatedVehicle("a", first) { NoiseMetres = 3 };

        // The loop ends at 07:20 where it began; the simulated vehicle then waits there.
        var drive = new TrackingDrive(s_loop).Run(At(7, 15), At(7, 22), TimeSpan.FromSeconds(20), bus);

        Assert.Contains(drive.Events, e => e.RunKey == first.Key && e.StopSequence == 5 && e.ActualArrival is not null);
        Assert.Equal((7 * 3600) + 1200, drive.Results[^1].State!.Trip!.StartSeconds);
    }

    [Fact]
    public void Process_VehicleAwayFromEveryRoute_Unmatched()
    {
        var drive = new TrackingDrive(s_corridor);

        var result = drive.Report(new VehicleReport("lost", At(7, 30), TrackingFeeds.Latitude + 0.05, TrackingFeeds.Longitude, 10, 90));

        Assert.Equal(TripMatchSource.None, result.State!.MatchSource);
        Assert.Null(result.State.Trip);
        Assert.Empty(result.State.Predictions);
    }

    [Fact]
    public void Process_WrongTripIdReported_FallsBackToMatching()
    {
        var run = s_corridor.Instance("E0730", s_day)!;
        var bus = new SimulatedVehicle("bus-1", run) { NoiseMetres = 5 };
        var drive = new TrackingDrive(s_corridor);

        // Claims the far-away route's trip: the report does not fit it, so matching decides.
        for (var at = At(7, 33); at <= At(7, 35); at += TimeSpan.FromSeconds(20))
        {
            drive.Report(bus.ReportAt(at) with { TripId = "X0700" });
        }

        Assert.Equal(run.Key, drive.Results[^1].State!.Trip!.Key);
        Assert.Equal(TripMatchSource.Matched, drive.Results[^1].State!.MatchSource);
    }

    [Fact]
    public void Process_NoNetwork_VehicleKeptUnmatched()
    {
        var tracker = new VehicleTracker(new TrackingOptions());

        var result = tracker.Process(new VehicleReport("bus", At(7, 0), 55, 12), null, At(7, 0));

        Assert.Equal(TripMatchSource.None, result.State!.MatchSource);
        Assert.Equal(1, result.Counts.Accepted);
    }

    internal static DateTimeOffset At(int hour, int minute, int second = 0) =>
        new DateTimeOffset(s_day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddHours(hour).AddMinutes(minute).AddSeconds(second);
}
