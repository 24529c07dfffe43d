namespace Polis.Dashboard.Map;

/// <summary>
/// One coalesced batch of marker changes, by marker index: new positions (<see cref="MoveIndex"/>,
/// <see cref="Lon"/>, <see cref="Lat"/>) and new states (<see cref="StateIndex"/>, <see cref="State"/>).
/// </summary>
public sealed record MapChangesPayload(int[] MoveIndex, double[] Lon, double[] Lat, int[] StateIndex, int[] State)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => MoveIndex.Length == 0 && StateIndex.Length == 0;
}
