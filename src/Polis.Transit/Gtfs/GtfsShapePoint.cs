namespace Polis.Transit.Gtfs;

/// <summary>A row of shapes.txt. <see cref="DistTraveled"/> is in the feed's own unit (see <see cref="GtfsStopTime"/>).</summary>
public sealed record GtfsShapePoint(string ShapeId, int Sequence, double Latitude, double Longitude, double? DistTraveled = null);
