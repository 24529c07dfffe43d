namespace Polis.Simulator.Model;

/// <summary>
/// A bus line along the street network: <see cref="Path"/> is the street nodes it drives through (its shape),
/// <see cref="StopNodes"/> the indexes into <see cref="Path"/> where it stops (first and last included).
/// </summary>
public sealed record BusRoute(string Id, string ShortName, string LongName, IReadOnlyList<GeoPosition> Path, IReadOnlyList<int> StopNodes, IReadOnlyList<string> StopIds);
