using NetTopologySuite.Geometries;
using Polis.Platform.Devices;

namespace Polis.NgsiLd.Geo;

/// <summary>
/// Evaluates a geo-query against an entity's point. "near" uses the great-circle distance in metres; the
/// topological relations use NetTopologySuite on longitude/latitude, which is exact for points against
/// the polygons a city draws (edges of a few kilometres).
/// </summary>
public static class GeoQueryEvaluator
{
    private static readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    public static bool Matches(GeoQuery query, GeoPoint point)
    {
        ArgumentNullException.ThrowIfNull(query);
        var here = _factory.CreatePoint(new Coordinate(point.Longitude, point.Latitude));
        return query.Relation switch
        {
            GeoRelation.Near => IsNear(query, point),
            GeoRelation.Within => here.Within(query.Geometry),
            GeoRelation.Contains => here.Contains(query.Geometry),
            GeoRelation.Intersects => here.Intersects(query.Geometry),
            GeoRelation.Disjoint => here.Disjoint(query.Geometry),
            GeoRelation.Equals => here.EqualsTopologically(query.Geometry),
            GeoRelation.Overlaps => here.Overlaps(query.Geometry),
            _ => false,
        };
    }

    /// <summary>
    /// A box every matching point lies in, for filtering in the registry before evaluating exactly;
    /// null when matches can lie anywhere (disjoint, near with only minDistance).
    /// </summary>
    public static BoundingBox? PrefilterBox(GeoQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        switch (query.Relation)
        {
            case GeoRelation.Near when query.MaxDistance is { } max && query.Geometry is Point center:
                return GeoDistance.BoxAround(new GeoPoint(center.X, center.Y), max);
            case GeoRelation.Within or GeoRelation.Contains or GeoRelation.Intersects or GeoRelation.Equals:
                var envelope = query.Geometry.EnvelopeInternal;
                return new BoundingBox(envelope.MinX, envelope.MinY, envelope.MaxX, envelope.MaxY);
            default:
                return null;
        }
    }

    private static bool IsNear(GeoQuery query, GeoPoint point)
    {
        var center = (Point)query.Geometry;
        var distance = GeoDistance.HaversineMetres(point, new GeoPoint(center.X, center.Y));
        return (query.MaxDistance is not { } max || distance <= max) && (query.MinDistance is not { } min || distance >= min);
    }
}
