namespace Polis.Simulator.Model;

/// <summary>A named district: a closed polygon (first vertex not repeated) around its centre.</summary>
public sealed record District(string Id, string Name, GeoPosition Centre, IReadOnlyList<GeoPosition> Polygon);
