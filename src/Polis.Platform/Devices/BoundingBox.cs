namespace Polis.Platform.Devices;

/// <summary>A WGS84 box: west, south, east, north.</summary>
public readonly record struct BoundingBox(double West, double South, double East, double North)
{
    public bool Contains(GeoPoint point) =>
        point.Longitude >= West && point.Longitude <= East && point.Latitude >= South && point.Latitude <= North;
}
