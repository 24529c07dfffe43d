namespace Polis.Transit.Live;

/// <summary>
/// The live vehicles as the tracker sees them now: what the GTFS-Realtime feeds, the API and the dashboard read.
/// Node-local (the vehicles whose reports this node ingested).
/// </summary>
public interface ITransitLiveState
{
    /// <summary>Every tracked vehicle's latest state, including stale ones (readers decide what is too old).</summary>
    IReadOnlyList<VehicleState> Vehicles { get; }

    VehicleState? Find(string vehicleId);
}
