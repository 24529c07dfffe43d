namespace Polis.Simulator.Model;

/// <summary>The street graph: intersections and the street segments between them (undirected).</summary>
public sealed record StreetNetwork(IReadOnlyList<GeoPosition> Nodes, IReadOnlyList<StreetEdge> Edges, int Columns, int Rows)
{
    /// <summary>The node at lattice column <paramref name="column"/> and row <paramref name="row"/>.</summary>
    public int NodeAt(int column, int row) => (row * Columns) + column;
}
