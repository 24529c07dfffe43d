using Polis.Transit.Live;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Tracking;

/// <summary>
/// Simulated vehicles on the real shapes and timetables of Caltrain (schedule-based, a train past midnight) and the
/// USF Bull Runner (frequency-based campus loops), read from ../shared/data/gtfs by <see cref="GtfsZipReader"/>.
/// </summary>
public sealed class RealFeedTrackingTests
{
    [Fact]
    public void Caltrain_LocalTrainWithoutIds_MatchedWithItsDelayAndEveryStationTimed()
    {
        var network = RealNetworks.Caltrain;
        var run = network.Instance("10201272009", new DateOnly(2009, 3, 10))!;
        var train = new SimulatedVehicle("train-102", run, seed: 7) { Delay = TimeSpan.FromMinutes(2), NoiseMetres = 15 };
        var drive = new TrackingDrive(network);

        drive.Run(run.ScheduledStart.AddMinutes(-2), run.ScheduledEnd.AddMinutes(2), TimeSpan.FromSeconds(30), train); // arrives 2 min late

        var states = drive.Results.Select(r => r.State!).ToList();
        Assert.All(states, s => Assert.Equal(run.Key, s.Trip?.Key));
        var moving = states.Where(s => s.NextStopIndex is > 1 and < 21).ToList();
        Assert.NotEmpty(moving);
        Assert.All(moving, s => Assert.InRange(s.DelaySeconds!.Value, 75, 165));
        var events = drive.Events.Where(e => e.RunKey == run.Key).OrderBy(e => e.StopSequence).ToList();
        Assert.Equal(run.Trip.Stops.Select(s => s.StopId), events.Select(e => e.StopId));
        for (var i = 1; i < events.Count; i++)
        {
            Assert.InRange((events[i].ActualArrival!.Value - train.ArrivalAt(i, drive.Options.StopRadiusMetres)).TotalSeconds, -40, 40);
        }
    }

    [Fact]
    public void Caltrain_TrainPastMidnight_AssignedOrMatchedOnThePreviousServiceDate()
    {
        var network = RealNetworks.Caltrain;
        var run = network.Instance("19801272009", new DateOnly(2009, 3, 10))!;
        var assigned = new SimulatedVehicle("train-198", run, seed: 8) { NoiseMetres = 15, SendsTripId = true };
        var matched = new SimulatedVehicle("train-198b", run, seed: 9) { NoiseMetres = 15 };
        var (from, to, step) = (run.ScheduledStart.AddMinutes(5), run.ScheduledStart.AddMinutes(40), TimeSpan.FromSeconds(30));

        var drive = new TrackingDrive(network).Run(from, to, step, assigned, matched);
        var alone = new TrackingDrive(network).Run(from, to, step, new SimulatedVehicle("train-198b", run, seed: 9) { NoiseMetres = 15 });

        var a = drive.Tracker.Track("train-198")!.State!;
        var b = alone.Tracker.Track("train-198b")!.State!;
        Assert.Equal((run.Key, TripMatchSource.Assigned), (a.Trip!.Key, a.MatchSource));
        Assert.Equal((run.Key, TripMatchSource.Matched), (b.Trip!.Key, b.MatchSource));
        Assert.NotEqual(run.Key, drive.Tracker.Track("train-198b")!.State!.Trip?.Key); // beside the assigned train: one vehicle per run
        Assert.Equal(new DateOnly(2009, 3, 10), a.Trip.ServiceDate);
        Assert.Equal(new DateOnly(2009, 3, 11), network.LocalDate(a.Position.Timestamp));
        Assert.InRange(a.DelaySeconds!.Value, -30, 30);
        Assert.Equal(run.Trip.Stops.Count - a.NextStopIndex!.Value, a.Predictions.Count);
        ArrivalPredictorTests.AssertOrdered(a.Predictions);
    }

    [Fact]
    public void BullRunner_TwoShuttlesOnAFrequencyLoop_EachOnItsRunWithTheHeadwayBetweenThem()
    {
        var network = RealNetworks.BullRunner;
        var day = new DateOnly(2020, 3, 10);
        var first = network.Instance("1", day, 8 * 3600)!;
        var second = network.Instance("1", day, (8 * 3600) + 600)!;
        var a = new SimulatedVehicle("shuttle-a", first, seed: 1) { NoiseMetres = 10, SendsRouteId = true, Delay = TimeSpan.FromSeconds(30) };
        var b = new SimulatedVehicle("shuttle-b", second, seed: 2) { NoiseMetres = 10, SendsRouteId = true };

        var drive = new TrackingDrive(network).Run(second.ScheduledStart.AddMinutes(-1), first.ScheduledEnd, TimeSpan.FromSeconds(15), a, b);

        var stateA = drive.Tracker.Track("shuttle-a")!.State!;
        var stateB = drive.Tracker.Track("shuttle-b")!.State!;
        Assert.Equal((first.Key, second.Key), (stateA.Trip!.Key, stateB.Trip!.Key));
        Assert.InRange(stateB.HeadwaySeconds!.Value, 540, 660);
        Assert.Equal(first.Trip.Stops.Count - stateB.NextStopIndex!.Value, stateB.Predictions.Count);
        ArrivalPredictorTests.AssertOrdered(stateB.Predictions);
        var stopsOfB = drive.Events.Where(e => e.RunKey == second.Key).Select(e => e.StopSequence).ToList();
        Assert.Equal(stopsOfB.Order(), stopsOfB);
        Assert.Equal(stateB.NextStopIndex!.Value, stopsOfB.Count);
    }
}
