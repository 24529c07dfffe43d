namespace Polis.Transit.Tracking;

/// <summary>
/// The latest arrival per (route, direction, stop), so a vehicle arriving learns its headway to the vehicle ahead:
/// its arrival minus the previous vehicle's there. Bounded by the network's stops; not thread-safe (the worker owns it).
/// </summary>
public sealed class HeadwayBoard
{
    private readonly Dictionary<(string RouteId, int DirectionId, string StopId), (DateTimeOffset Arrival, string VehicleId)> _latest = [];

    public int Count => _latest.Count;

    /// <summary>Records the arrival; returns the headway in seconds when another vehicle arrived there before, within <paramref name="maxHeadway"/>.</summary>
    public int? Arrive(string routeId, int? directionId, string stopId, string vehicleId, DateTimeOffset arrival, TimeSpan maxHeadway)
    {
        var key = (routeId, directionId ?? -1, stopId);
        int? headway = null;
        if (_latest.TryGetValue(key, out var previous))
        {
            if (arrival < previous.Arrival)
            {
                return null; // an interpolated arrival older than the latest one: it is not "the vehicle ahead"
            }

            if (previous.VehicleId != vehicleId && arrival - previous.Arrival <= maxHeadway)
            {
                headway = (int)Math.Round((arrival - previous.Arrival).TotalSeconds);
            }
        }

        _latest[key] = (arrival, vehicleId);
        return headway;
    }
}
