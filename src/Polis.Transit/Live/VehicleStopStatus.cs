namespace Polis.Transit.Live;

/// <summary>Where the vehicle is relative to its next stop (GTFS-Realtime VehicleStopStatus).</summary>
public enum VehicleStopStatus
{
    IncomingAt = 0,
    StoppedAt = 1,
    InTransitTo = 2,
}
