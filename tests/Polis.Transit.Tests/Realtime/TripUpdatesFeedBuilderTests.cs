using Polis.Transit.Live;
using Polis.Transit.Realtime.Protobuf;
using static Polis.Transit.Tests.Realtime.RealtimeScenario;

namespace Polis.Transit.Tests.Realtime;

public sealed class TripUpdatesFeedBuilderTests
{
    private static readonly long Eight = new DateTimeOffset(2026, 3, 5, 8, 0, 0, TimeSpan.Zero).ToUnixTimeSeconds();

    [Fact]
    public void Build_LateVehicle_DownstreamStopsWithTimesDelaysAndItsVehicle()
    {
        var (_, updates, _) = FeedBuilderAssertions.BuildValid(Input([OnRun("bus-1", Out, next: 1, delay: 120)]));

        var entity = Assert.Single(updates.Entity);
        Assert.Equal(Out.Key, entity.Id);
        var update = entity.TripUpdate;
        Assert.Equal(("out", "R1", "20260305"), (update.Trip.TripId, update.Trip.RouteId, update.Trip.StartDate));
        Assert.Equal(("bus-1", "Bus bus-1"), (update.Vehicle.Id, update.Vehicle.Label));
        Assert.Equal(120, update.Delay);
        Assert.Equal((ulong)(Now.ToUnixTimeSeconds() - 10), update.Timestamp);
        Assert.Equal([("B", 2u), ("C", 3u)], update.StopTimeUpdate.Select(s => (s.StopId, s.StopSequence)));
        var b = update.StopTimeUpdate[0];
        Assert.Equal((Eight + 300 + 120, 120, 60), (b.Arrival.Time, b.Arrival.Delay, b.Arrival.Uncertainty));
        Assert.Equal(Eight + 600 + 120, update.StopTimeUpdate[1].Departure.Time);
    }

    [Fact]
    public void Build_PredictionsShuffledDecreasingOrForeign_SortedStrictlyIncreasingAndDelaysFollowTimes()
    {
        var vehicle = OnRun("bus-1", Out, next: 0, delay: 0, predict: false) with
        {
            Predictions =
            [
                new StopTimePrediction(2, "C", 3, Out.ScheduledArrival(2).AddSeconds(-400), Out.ScheduledArrival(2).AddSeconds(-400), -400, -400, 30),
                new StopTimePrediction(0, "A", 1, Out.ScheduledArrival(0), Out.ScheduledDeparture(0).AddSeconds(-10), 0, -10, 30),
                new StopTimePrediction(1, "B", 2, Out.ScheduledArrival(1), Out.ScheduledArrival(1), 0, 0, 30),
                new StopTimePrediction(1, "X", 2, Out.ScheduledArrival(1), Out.ScheduledArrival(1), 0, 0, 30), // not this trip's stop
                new StopTimePrediction(7, "C", 9, Out.ScheduledArrival(2), Out.ScheduledArrival(2), 0, 0, 30), // no such index
            ],
        };

        var (_, updates, _) = FeedBuilderAssertions.BuildValid(Input([vehicle]));

        var stops = Assert.Single(updates.Entity).TripUpdate.StopTimeUpdate;
        Assert.Equal(["A", "B", "C"], stops.Select(s => s.StopId));
        Assert.Equal(stops[0].Arrival.Time, stops[0].Departure.Time); // departure raised to the arrival
        Assert.Equal(stops[1].Departure.Time + 1, stops[2].Arrival.Time); // C predicted before B: one second after it
        Assert.All(stops, s => Assert.Equal(s.Arrival.Time - (Eight + (s.StopSequence == 1 ? 0 : s.StopSequence == 2 ? 300 : 600)), s.Arrival.Delay));
    }

    [Fact]
    public void Build_NoPredictions_CurrentDelayCarriedOverTheTimetable()
    {
        var (_, updates, _) = FeedBuilderAssertions.BuildValid(Input([OnRun("bus-1", Out, next: 2, delay: -60, predict: false)]));

        var stop = Assert.Single(Assert.Single(updates.Entity).TripUpdate.StopTimeUpdate);
        Assert.Equal(("C", Eight + 600 - 60, -60), (stop.StopId, stop.Arrival.Time, stop.Arrival.Delay));
    }

    [Fact]
    public void Build_HeadwayBasedRun_UnscheduledWithStartTimeAndNoDelays()
    {
        var (positions, updates, _) = FeedBuilderAssertions.BuildValid(Input([OnRun("shuttle-1", Shuttle0800, next: 1, delay: 45)]));

        var update = Assert.Single(updates.Entity).TripUpdate;
        Assert.Equal(("shuttle", "08:00:00", "20260305"), (update.Trip.TripId, update.Trip.StartTime, update.Trip.StartDate));
        Assert.Equal(TripDescriptor.Types.ScheduleRelationship.Unscheduled, update.Trip.ScheduleRelationship);
        Assert.False(update.HasDelay);
        Assert.All(update.StopTimeUpdate, s => Assert.Equal(TripUpdate.Types.StopTimeUpdate.Types.ScheduleRelationship.Unscheduled, s.ScheduleRelationship));
        Assert.All(update.StopTimeUpdate, s => Assert.False(s.Arrival.HasDelay));
        Assert.Equal(Eight + 180 + 45, update.StopTimeUpdate[0].Arrival.Time);
        Assert.Equal("08:00:00", Assert.Single(positions.Entity).Vehicle.Trip.StartTime);
    }

    [Fact]
    public void Build_TwoVehiclesClaimOneRun_FresherKeepsItOtherWithoutTrip()
    {
        var input = Input([OnRun("bus-1", Out, 1, 60, age: TimeSpan.FromSeconds(40)), OnRun("bus-2", Out, 1, 30, age: TimeSpan.FromSeconds(5))]);

        var (positions, updates, _) = FeedBuilderAssertions.BuildValid(input);

        Assert.Equal("bus-2", Assert.Single(updates.Entity).TripUpdate.Vehicle.Id);
        Assert.Null(positions.Entity.Single(e => e.Vehicle.Vehicle.Id == "bus-1").Vehicle.Trip);
    }

    [Fact]
    public void Build_AssignedVehicleAndFresherMatchedOneClaimOneRun_AssignedKeepsIt()
    {
        var assigned = OnRun("bus-2", Out, 1, 30, age: TimeSpan.FromSeconds(40)) with { MatchSource = TripMatchSource.Assigned };
        var input = Input([OnRun("bus-1", Out, 1, 900, age: TimeSpan.FromSeconds(5)), assigned]);

        var (positions, updates, _) = FeedBuilderAssertions.BuildValid(input);

        Assert.Equal("bus-2", Assert.Single(updates.Entity).TripUpdate.Vehicle.Id);
        Assert.Equal(30, updates.Entity[0].TripUpdate.Delay);
        Assert.Null(positions.Entity.Single(e => e.Vehicle.Vehicle.Id == "bus-1").Vehicle.Trip);
    }

    [Fact]
    public void Build_CancelledRun_CanceledWithoutStopsUntilTheRunWouldHaveEnded()
    {
        var back = Network.Instance("back", Today)!; // 25:00 → 01:00 to 01:10:30 on the 6th
        var input = Input([OnRun("bus-1", Out, 1, 0), OnRun("bus-9", Shuttle0800, 1, 0)], [Cancellation("c1", back), Cancellation("c2", Shuttle0800)]);

        var (positions, updates, _) = FeedBuilderAssertions.BuildValid(input);

        var canceled = updates.Entity.Where(e => e.TripUpdate.Trip.ScheduleRelationship == TripDescriptor.Types.ScheduleRelationship.Canceled).ToList();
        Assert.Equal([back.Key, Shuttle0800.Key], canceled.Select(e => e.Id).Order(StringComparer.Ordinal));
        Assert.All(canceled, e => Assert.Empty(e.TripUpdate.StopTimeUpdate));
        Assert.Equal("08:00:00", canceled.Single(e => e.Id == Shuttle0800.Key).TripUpdate.Trip.StartTime);
        Assert.Null(positions.Entity.Single(e => e.Vehicle.Vehicle.Id == "bus-9").Vehicle.Trip); // its run is cancelled
        Assert.Equal(3, updates.Entity.Count);

        var later = FeedBuilderAssertions.BuildValid(input with { Now = back.ScheduledEnd, Vehicles = [] }).Updates;
        Assert.Empty(later.Entity);
    }

    [Fact]
    public void Build_VehicleRunFromAnOlderNetwork_ResolvedInTheActiveOne()
    {
        var older = Polis.Transit.Timetable.TransitNetworkBuilder.Build(0, Feed());
        var stale = OnRun("bus-1", older.Instance("out", Today)!, 1, 0);
        var feed = TestFeeds.StraightLine();
        feed.Trips.RemoveAll(t => t.Id == "out");
        var withoutTrip = Polis.Transit.Timetable.TransitNetworkBuilder.Build(2, feed);

        var (_, updates, _) = FeedBuilderAssertions.BuildValid(Input([stale]));
        var (positions, _, _) = FeedBuilderAssertions.BuildValid(Input([stale], network: withoutTrip));

        Assert.Equal(Out.Key, Assert.Single(updates.Entity).Id);
        Assert.Null(Assert.Single(positions.Entity).Vehicle.Trip);
    }
}
