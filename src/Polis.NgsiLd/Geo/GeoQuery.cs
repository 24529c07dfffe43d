using NetTopologySuite.Geometries;

namespace Polis.NgsiLd.Geo;

/// <summary>
/// A validated geo-query. <see cref="Geometry"/> uses x = longitude, y = latitude (WGS84); distances
/// for near are in metres.
/// </summary>
public sealed record GeoQuery(GeoRelation Relation, Geometry Geometry, double? MaxDistance, double? MinDistance, string GeoProperty);
