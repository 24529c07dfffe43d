namespace Polis.Simulator.Model;

/// <summary>A street segment between two nodes of the <see cref="StreetNetwork"/>.</summary>
public readonly record struct StreetEdge(int From, int To, string Name);
