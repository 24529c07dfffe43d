using Polis.Transit.Live;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;
using static Polis.Transit.Tests.Tracking.CaltrainTerminus;

namespace Polis.Transit.Tests.Tracking;

/// <summary>
/// One vehicle per run: on the real Caltrain timetable, buses standing at San Francisco beside (or before) the
/// train that runs 248, and on the corridor two unassigned buses near one run.
/// </summary>
public sealed class VehicleTrackerRunHoldingTests
{
    private static readonly TimeSpan s_step = TimeSpan.FromSeconds(30);

    [Fact]
    public void Process_StandingBusesAtTheFirstStopBesideTheAssignedTrain_OnlyTheTrainRunsIt()
    {
        var drive = new TrackingDrive(Network).Run(Train248.ScheduledStart.AddMinutes(-8), SixteenMinutesAfterDeparture, s_step, [AssignedTrain(), .. StandingBuses()]);

        var train = drive.Tracker.Track("train-248")!.State!;
        Assert.Equal((Train248.Key, TripMatchSource.Assigned), (train.Trip!.Key, train.MatchSource));
        Assert.InRange(train.DelaySeconds!.Value, -60, 60);
        var standing = drive.Results.Select(r => r.State!).Where(s => s.VehicleId.StartsWith("standing-", StringComparison.Ordinal)).ToList();
        Assert.Equal(3 * 49, standing.Count);
        Assert.All(standing, s => Assert.NotEqual(Train248.Key, s.Trip?.Key));
        Assert.All(StandingBuses(), b => Assert.Equal(TripMatchSource.None, drive.Tracker.Track(b.Id)!.State!.MatchSource)); // no other ct_limited run leaves within 30 min
        Assert.All(drive.Results, r => Assert.Empty(r.Displaced));
    }

    [Fact]
    public void Process_StandingBusesAlone_WaitForTheRunButLetItGoOnceItCouldNotHaveLeftLate()
    {
        var options = new TrackingOptions();
        var drive = new TrackingDrive(Network, options);
        var buses = StandingBuses();
        var limit = Train248.ScheduledStart + options.MaxLateDeparture;

        for (var at = Train248.ScheduledStart.AddMinutes(-5); at <= SixteenMinutesAfterDeparture; at += s_step)
        {
            drive.Run(at, at, s_step, buses);
            Assert.Equal(at <= limit ? 1 : 0, drive.Results.TakeLast(3).Count(r => r.State!.Trip?.Key == Train248.Key)); // waiting for it, one bus
        }

        Assert.All(drive.Results.Where(r => r.State!.Trip is not null), r => Assert.InRange(r.State!.DelaySeconds!.Value, 0, (int)options.MaxLateDeparture.TotalSeconds));
        Assert.DoesNotContain(drive.Events, e => e.ActualDeparture is not null); // nobody left: no departure recorded
    }

    [Fact]
    public void Process_AssignedTrainAppearsAfterAStandingBusTookTheRun_TrainTakesItAndTheBusIsUnmatchedAtOnce()
    {
        var buses = StandingBuses();
        var train = AssignedTrain();
        var drive = new TrackingDrive(Network).Run(Train248.ScheduledStart.AddMinutes(-6), Train248.ScheduledStart.AddMinutes(-4), s_step, buses);
        var holder = Assert.Single(buses, b => drive.Tracker.Track(b.Id)!.State!.Trip?.Key == Train248.Key);
        Assert.Equal(TripMatchSource.Matched, drive.Tracker.Track(holder.Id)!.State!.MatchSource);

        var result = drive.Report(train.ReportAt(Train248.ScheduledStart.AddMinutes(-3)));

        Assert.Equal((Train248.Key, TripMatchSource.Assigned), (result.State!.Trip!.Key, result.State.MatchSource));
        var displaced = Assert.Single(result.Displaced);
        Assert.Equal((holder.Id, TripMatchSource.None), (displaced.State.VehicleId, displaced.State.MatchSource));
        Assert.Null(displaced.State.Trip);
        Assert.Equal(TripMatchSource.None, drive.Tracker.Track(holder.Id)!.State!.MatchSource);

        drive.Run(Train248.ScheduledStart.AddMinutes(-3).Add(s_step), SixteenMinutesAfterDeparture, s_step, [train, .. buses]);
        Assert.All(buses, b => Assert.Null(drive.Tracker.Track(b.Id)!.State!.Trip));
        Assert.Equal(Train248.Key, drive.Tracker.Track("train-248")!.State!.Trip!.Key);
    }

    [Fact]
    public void Process_AssignedHolderFallsSilent_RunReleasedAfterMaxReportAgeAndTakenBackWhenItReturns()
    {
        var options = new TrackingOptions();
        var assigned = AssignedTrain(seed: 3);
        var matched = new SimulatedVehicle("train-unassigned", Train248, seed: 4) { NoiseMetres = 10, SendsRouteId = true };
        var drive = new TrackingDrive(Network, options);
        var silentFrom = Train248.ScheduledStart.AddMinutes(5);

        drive.Run(Train248.ScheduledStart.AddMinutes(1), silentFrom, s_step, assigned, matched);
        Assert.Equal((Train248.Key, TripMatchSource.Assigned), (drive.Tracker.Track(assigned.Id)!.State!.Trip!.Key, drive.Tracker.Track(assigned.Id)!.State!.MatchSource));
        Assert.NotEqual(Train248.Key, drive.Tracker.Track(matched.Id)!.State!.Trip?.Key);

        // The assigned train stops reporting: the run stays its own for MaxReportAge, then the other train may take it.
        var releasedAt = silentFrom + options.MaxReportAge;
        drive.Run(silentFrom.Add(s_step), releasedAt, s_step, matched);
        Assert.NotEqual(Train248.Key, drive.Tracker.Track(matched.Id)!.State!.Trip?.Key);
        drive.Run(releasedAt.Add(s_step), releasedAt.AddMinutes(1), s_step, matched);
        Assert.Equal((Train248.Key, TripMatchSource.Matched), (drive.Tracker.Track(matched.Id)!.State!.Trip!.Key, drive.Tracker.Track(matched.Id)!.State!.MatchSource));

        var back = drive.Report(assigned.ReportAt(releasedAt.AddMinutes(1).Add(s_step)));

        Assert.Equal((Train248.Key, TripMatchSource.Assigned), (back.State!.Trip!.Key, back.State.MatchSource));
        Assert.Equal(matched.Id, Assert.Single(back.Displaced).State.VehicleId);
        Assert.Null(drive.Tracker.Track(matched.Id)!.State!.Trip);
    }

    [Fact]
    public void Process_TwoUnassignedBusesNearOneRun_TheOneOnScheduleTakesItFromTheLateOne()
    {
        var corridor = TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor());
        var run = corridor.Instance("E0715", new DateOnly(2026, 3, 10))!;
        var late = new SimulatedVehicle("late", run, seed: 5) { NoiseMetres = 5, Delay = TimeSpan.FromMinutes(4) };
        var onTime = new SimulatedVehicle("on-time", run, seed: 6) { NoiseMetres = 5 };
        var drive = new TrackingDrive(corridor);
        drive.Run(VehicleTrackerMatchingTests.At(7, 20), VehicleTrackerMatchingTests.At(7, 21), TimeSpan.FromSeconds(20), late);
        Assert.Equal(run.Key, drive.Tracker.Track("late")!.State!.Trip!.Key);

        var taken = drive.Report(onTime.ReportAt(VehicleTrackerMatchingTests.At(7, 21, 10)));
        drive.Run(VehicleTrackerMatchingTests.At(7, 21, 20), VehicleTrackerMatchingTests.At(7, 23), TimeSpan.FromSeconds(20), late, onTime);

        Assert.Equal(run.Key, taken.State!.Trip!.Key);
        Assert.Equal("late", Assert.Single(taken.Displaced).State.VehicleId);
        Assert.Equal(run.Key, drive.Tracker.Track("on-time")!.State!.Trip!.Key);
        Assert.NotEqual(run.Key, drive.Tracker.Track("late")!.State!.Trip?.Key);
        Assert.Equal(1, drive.Results.TakeLast(2).Count(r => r.State!.Trip?.Key == run.Key));
    }

    [Fact]
    public void Outranks_AssignedOverMatchedStaleAlwaysMarginBetweenLikes()
    {
        var options = new TrackingOptions();
        var now = Train248.ScheduledStart;
        RunMatch Match(TripMatchSource source, double cost) => new(Train248, 0, 0, 0, source, cost);
        RunHold Hold(TripMatchSource source, double cost, double ageMinutes = 0) => new("holder", source, cost, now.AddMinutes(-ageMinutes));

        Assert.True(RunHolders.Outranks(Match(TripMatchSource.Assigned, 3), Hold(TripMatchSource.Matched, 0), now, options));
        Assert.False(RunHolders.Outranks(Match(TripMatchSource.Matched, 0), Hold(TripMatchSource.Assigned, 3), now, options));
        Assert.True(RunHolders.Outranks(Match(TripMatchSource.Matched, 3), Hold(TripMatchSource.Assigned, 0, ageMinutes: 6), now, options));
        Assert.False(RunHolders.Outranks(Match(TripMatchSource.Matched, 3), Hold(TripMatchSource.Assigned, 0, ageMinutes: 4), now, options));
        Assert.False(RunHolders.Outranks(Match(TripMatchSource.Matched, 0.8), Hold(TripMatchSource.Matched, 1), now, options));
        Assert.True(RunHolders.Outranks(Match(TripMatchSource.Matched, 0.7), Hold(TripMatchSource.Matched, 1), now, options));
        Assert.False(RunHolders.Outranks(Match(TripMatchSource.Assigned, 1), Hold(TripMatchSource.Assigned, 1), now, options));
    }
}
