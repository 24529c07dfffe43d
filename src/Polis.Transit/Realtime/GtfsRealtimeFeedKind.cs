namespace Polis.Transit.Realtime;

/// <summary>The three feeds served under /gtfs-rt.</summary>
public enum GtfsRealtimeFeedKind
{
    VehiclePositions = 0,
    TripUpdates = 1,
    Alerts = 2,
}
