using Polis.Transit.Realtime.Protobuf;
using OccupancyStatus = Polis.Transit.Realtime.Protobuf.VehiclePosition.Types.OccupancyStatus;

namespace Polis.Transit.Realtime;

/// <summary>
/// Occupancy as GTFS-Realtime states it: the percentage as reported, and a status band for consumers that read
/// only occupancy_status. The spec leaves the bands to the producer; these follow seats then standing room of a
/// city bus (about half its capacity is seated).
/// </summary>
public static class Occupancy
{
    public static OccupancyStatus Status(int percent) => percent switch
    {
        < 10 => OccupancyStatus.Empty,
        < 40 => OccupancyStatus.ManySeatsAvailable,
        < 55 => OccupancyStatus.FewSeatsAvailable,
        < 85 => OccupancyStatus.StandingRoomOnly,
        < 100 => OccupancyStatus.CrushedStandingRoomOnly,
        _ => OccupancyStatus.Full,
    };

    public static void Apply(VehiclePosition position, int? percent)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (percent is >= 0 and var value)
        {
            position.OccupancyPercentage = (uint)value;
            position.OccupancyStatus = Status(value);
        }
    }
}
