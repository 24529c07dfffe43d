using Polis.Transit.Realtime;
using Polis.Transit.Realtime.Protobuf;
using static Polis.Transit.Tests.Realtime.RealtimeScenario;

namespace Polis.Transit.Tests.Realtime;

public sealed class VehiclePositionsFeedBuilderTests
{
    [Fact]
    public void Build_MatchedVehicle_TripCurrentStopPositionAndReportTimestamp()
    {
        var (positions, _, _) = FeedBuilderAssertions.BuildValid(Input([OnRun("bus-1", Out, next: 1, delay: 120)]));

        Assert.Equal("2.0", positions.Header.GtfsRealtimeVersion);
        Assert.Equal(FeedHeader.Types.Incrementality.FullDataset, positions.Header.Incrementality);
        Assert.Equal((ulong)Now.ToUnixTimeSeconds(), positions.Header.Timestamp);
        var entity = Assert.Single(positions.Entity);
        Assert.Equal("vehicle:bus-1", entity.Id);
        var vehicle = entity.Vehicle;
        Assert.Equal("bus-1", vehicle.Vehicle.Id);
        Assert.Equal("Bus bus-1", vehicle.Vehicle.Label);
        Assert.Equal(("out", "R1", 0u, "20260305"), (vehicle.Trip.TripId, vehicle.Trip.RouteId, vehicle.Trip.DirectionId, vehicle.Trip.StartDate));
        Assert.False(vehicle.Trip.HasStartTime); // not frequency-based
        Assert.Equal(TripDescriptor.Types.ScheduleRelationship.Scheduled, vehicle.Trip.ScheduleRelationship);
        Assert.Equal(("B", 2u, VehiclePosition.Types.VehicleStopStatus.InTransitTo), (vehicle.StopId, vehicle.CurrentStopSequence, vehicle.CurrentStatus));
        Assert.Equal(55.0f, vehicle.Position.Latitude);
        Assert.Equal(90f, vehicle.Position.Bearing);
        Assert.Equal(8.5f, vehicle.Position.Speed);
        Assert.Equal((ulong)(Now.ToUnixTimeSeconds() - 10), vehicle.Timestamp);
        Assert.Equal((35u, VehiclePosition.Types.OccupancyStatus.ManySeatsAvailable), (vehicle.OccupancyPercentage, vehicle.OccupancyStatus));
    }

    [Fact]
    public void Build_UnmatchedStaleAndDuplicateReports_UnmatchedWithoutTripStaleLeftOutOnePerVehicle()
    {
        var older = Unmatched("bus-2", TimeSpan.FromSeconds(50)) with { Position = new(55.5, 12.5, null, null, Now.AddSeconds(-50)) };
        var input = Input([Unmatched("bus-2"), older, OnRun("bus-3", Out, 1, 0, age: TimeSpan.FromMinutes(6)), Unmatched("bus-4") with { Position = new(95, 0, null, null, Now) }]);

        var (positions, updates, _) = FeedBuilderAssertions.BuildValid(input);

        var vehicle = Assert.Single(positions.Entity).Vehicle;
        Assert.Equal("bus-2", vehicle.Vehicle.Id);
        Assert.Equal(55.01f, vehicle.Position.Latitude); // the newer of its two reports
        Assert.Null(vehicle.Trip);
        Assert.False(vehicle.HasStopId);
        Assert.False(vehicle.HasOccupancyStatus);
        Assert.Empty(updates.Entity);
    }

    [Fact]
    public void Build_DeviceClockAhead_EntityTimestampNotAfterHeader()
    {
        var ahead = OnRun("bus-1", Out, 1, 0, age: TimeSpan.FromSeconds(-30));

        var (positions, updates, _) = FeedBuilderAssertions.BuildValid(Input([ahead]));

        Assert.Equal(positions.Header.Timestamp, Assert.Single(positions.Entity).Vehicle.Timestamp);
        Assert.Equal(updates.Header.Timestamp, Assert.Single(updates.Entity).TripUpdate.Timestamp);
    }

    [Fact]
    public void Build_NoNetworkYet_HeaderOnlyAndVehiclesWithoutTrips()
    {
        var input = Input([OnRun("bus-1", Out, 1, 0)]) with { Network = null };

        var positions = FeedBuilderAssertions.RoundTrip(VehiclePositionsFeedBuilder.Build(input));
        var updates = FeedBuilderAssertions.RoundTrip(TripUpdatesFeedBuilder.Build(input));

        Assert.Null(Assert.Single(positions.Entity).Vehicle.Trip);
        Assert.Empty(updates.Entity);
        Assert.True(updates.Header.HasTimestamp && updates.Header.HasIncrementality);
        Assert.Empty(GtfsRealtimeRules.Check(FeedMessages.Empty(Now), null, Now));
    }
}
