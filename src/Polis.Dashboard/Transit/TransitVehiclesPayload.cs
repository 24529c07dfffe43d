namespace Polis.Dashboard.Transit;

/// <summary>
/// Vehicles to draw or move, as parallel arrays by vehicle id: position, <see cref="DelayBand"/> and route index
/// (-1: no trip), and the ids of vehicles to take off the map. The first payload carries every vehicle, the
/// following ones only what changed.
/// </summary>
public sealed record TransitVehiclesPayload(string[] Ids, double[] Lat, double[] Lon, int[] Band, int[] Route, string[] Removed)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => Ids.Length == 0 && Removed.Length == 0;
}
