using Polis.Transit.Realtime.Protobuf;
using VehicleStopStatus = Polis.Transit.Realtime.Protobuf.VehiclePosition.Types.VehicleStopStatus;

namespace Polis.Transit.Realtime;

/// <summary>
/// The VehiclePositions feed: one entity per fresh vehicle (id <c>vehicle:{device id}</c>, stable across
/// builds), with its position (bearing in degrees, speed in m/s), the report's timestamp, occupancy when known,
/// and, for a vehicle published with a run, the trip descriptor and its current stop (stop_sequence, stop_id,
/// status). Unmatched vehicles appear without a trip.
/// </summary>
public static class VehiclePositionsFeedBuilder
{
    public static FeedMessage Build(RealtimeFeedInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return Build(input, FeedVehicleSelection.Select(input, FeedVehicleSelection.CancelledRuns(input)));
    }

    public static FeedMessage Build(RealtimeFeedInput input, IReadOnlyList<FeedVehicle> vehicles)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(vehicles);
        var feed = FeedMessages.Empty(input.Now);
        foreach (var vehicle in vehicles)
        {
            feed.Entity.Add(new FeedEntity { Id = EntityId(vehicle.State.VehicleId), Vehicle = Position(vehicle, input.Now) });
        }

        return feed;
    }

    public static string EntityId(string vehicleId) => $"vehicle:{vehicleId}";

    private static VehiclePosition Position(FeedVehicle vehicle, DateTimeOffset now)
    {
        var state = vehicle.State;
        var reported = state.Position;
        var position = new Position { Latitude = (float)reported.Latitude, Longitude = (float)reported.Longitude };
        if (reported.Bearing is double bearing && double.IsFinite(bearing))
        {
            position.Bearing = (float)(((bearing % 360) + 360) % 360);
        }

        if (reported.SpeedMetresPerSecond is double speed && double.IsFinite(speed) && speed >= 0)
        {
            position.Speed = (float)speed;
        }

        var message = new VehiclePosition
        {
            Vehicle = TripDescriptors.Vehicle(state),
            Position = position,
            Timestamp = FeedMessages.EntityTimestamp(reported.Timestamp, now),
        };
        Occupancy.Apply(message, state.OccupancyPercent);
        if (vehicle.Run is { } run && state.NextStopIndex is int next)
        {
            var stop = run.Trip.Stops[next];
            message.Trip = TripDescriptors.For(run, TripDescriptors.Running(run));
            message.StopId = stop.StopId;
            message.CurrentStatus = (VehicleStopStatus)(int)state.StopStatus;
            if (stop.Sequence >= 0)
            {
                message.CurrentStopSequence = (uint)stop.Sequence;
            }
        }

        return message;
    }
}
