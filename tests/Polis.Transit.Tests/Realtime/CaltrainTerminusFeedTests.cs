using Polis.Transit.Realtime;
using Polis.Transit.Realtime.Alerts;
using Polis.Transit.Tests.Tracking;
using static Polis.Transit.Tests.Tracking.CaltrainTerminus;

namespace Polis.Transit.Tests.Realtime;

/// <summary>
/// The simulated city's Caltrain bug through to GTFS-Realtime: train 248 driven by a vehicle reporting it, three
/// buses standing at San Francisco without a trip, tracked report by report on a fake clock; at 12:53 the feeds are
/// built from what the tracker published and the automatic delay alerts planned from the same vehicles.
/// </summary>
public sealed class CaltrainTerminusFeedTests
{
    [Fact]
    public void Build_StandingBusesBesideTheTrainOnItsRun_OneTripUpdateWithTheTrainAndNoDelayAlert()
    {
        var now = SixteenMinutesAfterDeparture;
        var drive = new TrackingDrive(Network).Run(Train248.ScheduledStart.AddMinutes(-8), now, TimeSpan.FromSeconds(30), [.. StandingBuses(), AssignedTrain()]);
        var input = new RealtimeFeedInput(Network, drive.Registry.Vehicles, [], [], now, TimeSpan.FromMinutes(5));

        var (positions, updates, _) = FeedBuilderAssertions.BuildValid(input);

        Assert.Equal(["vehicle:standing-1", "vehicle:standing-2", "vehicle:standing-3", "vehicle:train-248"], positions.Entity.Select(e => e.Id));
        var onTrip = Assert.Single(positions.Entity, e => e.Vehicle.Trip is not null).Vehicle;
        Assert.Equal(("train-248", "24801272009", "20090310"), (onTrip.Vehicle.Id, onTrip.Trip.TripId, onTrip.Trip.StartDate));
        var update = Assert.Single(updates.Entity);
        Assert.Equal((Train248.Key, "train-248"), (update.Id, update.TripUpdate.Vehicle.Id));
        Assert.InRange(update.TripUpdate.Delay, -60, 60);

        var plan = DelayAlerts.Plan(FeedVehicleSelection.Select(input, []), [], new DelayAlertOptions(), Network.TimeZone, now);
        Assert.Empty(plan.Add);
    }

    [Fact]
    public void Build_StandingBusesWhileTheTrainIsSilent_NoTripUpdateAndNoDelayAlert()
    {
        var now = SixteenMinutesAfterDeparture;
        var drive = new TrackingDrive(Network).Run(Train248.ScheduledStart.AddMinutes(-8), now, TimeSpan.FromSeconds(30), StandingBuses());
        var input = new RealtimeFeedInput(Network, drive.Registry.Vehicles, [], [], now, TimeSpan.FromMinutes(5));

        var (positions, updates, _) = FeedBuilderAssertions.BuildValid(input);

        Assert.Equal(3, positions.Entity.Count);
        Assert.All(positions.Entity, e => Assert.Null(e.Vehicle.Trip));
        Assert.Empty(updates.Entity);
        Assert.Empty(DelayAlerts.Plan(FeedVehicleSelection.Select(input, []), [], new DelayAlertOptions(), Network.TimeZone, now).Add);
    }
}
