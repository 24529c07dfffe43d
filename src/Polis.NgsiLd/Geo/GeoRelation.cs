namespace Polis.NgsiLd.Geo;

/// <summary>The georel values of clause 4.10.</summary>
public enum GeoRelation
{
    Near,
    Within,
    Contains,
    Intersects,
    Disjoint,
    Equals,
    Overlaps,
}
