using Polis.Transit.Realtime.Protobuf;

namespace Polis.Transit.Realtime;

/// <summary>
/// The TripUpdates feed: for each vehicle published with a run, one entity (id = the run's key, unique per run)
/// with the trip descriptor, the vehicle descriptor (the same vehicle as in VehiclePositions), the report's
/// timestamp, the trip's current delay and the downstream <see cref="StopTimeUpdates"/>; for each cancelled run
/// that has not ended, a CANCELED trip update without stop time updates. Unmatched vehicles never appear here.
/// </summary>
public static class TripUpdatesFeedBuilder
{
    public static FeedMessage Build(RealtimeFeedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancelled = FeedVehicleSelection.CancelledRuns(input);
        return Build(input, FeedVehicleSelection.Select(input, cancelled), cancelled);
    }

    public static FeedMessage Build(RealtimeFeedInput input, IReadOnlyList<FeedVehicle> vehicles, IReadOnlyList<CancelledRun> cancelled)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(vehicles);
        ArgumentNullException.ThrowIfNull(cancelled);
        var feed = FeedMessages.Empty(input.Now);
        foreach (var vehicle in vehicles)
        {
            if (vehicle.Run is not { } run)
            {
                continue;
            }

            var update = new TripUpdate
            {
                Trip = TripDescriptors.For(run, TripDescriptors.Running(run)),
                Vehicle = TripDescriptors.Vehicle(vehicle.State),
                Timestamp = FeedMessages.EntityTimestamp(vehicle.State.Position.Timestamp, input.Now),
            };
            if (vehicle.State.DelaySeconds is int delay && !TripDescriptors.IsHeadwayBased(run))
            {
                update.Delay = delay;
            }

            update.StopTimeUpdate.AddRange(StopTimeUpdates.Build(vehicle.State, run));
            feed.Entity.Add(new FeedEntity { Id = run.Key, TripUpdate = update });
        }

        foreach (var (cancellation, run) in cancelled)
        {
            var update = new TripUpdate
            {
                Trip = TripDescriptors.For(run, TripDescriptor.Types.ScheduleRelationship.Canceled),
                Timestamp = FeedMessages.EntityTimestamp(cancellation.CreatedAt, input.Now),
            };
            feed.Entity.Add(new FeedEntity { Id = run.Key, TripUpdate = update });
        }

        return feed;
    }
}
