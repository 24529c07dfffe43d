namespace Polis.Transit.Geometry;

/// <summary>
/// Where a point falls on a <see cref="ShapeLine"/>: metres along it, metres away from it, and the segment
/// (index of its first vertex) it falls on.
/// </summary>
public readonly record struct ShapeProjection(double DistanceAlong, double OffsetMetres, int Segment);
