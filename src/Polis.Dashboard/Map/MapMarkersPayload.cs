namespace Polis.Dashboard.Map;

/// <summary>Markers as parallel arrays (see <see cref="MapSnapshot.ToPayload"/>).</summary>
public sealed record MapMarkersPayload(IReadOnlyList<string> Profiles, string[] Ids, int[] Profile, double[] Lon, double[] Lat, int[] State);
