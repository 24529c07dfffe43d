namespace Polis.Platform.Devices.Api;

/// <summary>A GeoJSON Point (RFC 7946): coordinates are [longitude, latitude].</summary>
public sealed record GeoJsonPoint(string Type, double[] Coordinates)
{
    public static GeoJsonPoint? From(GeoPoint? point) =>
        point is { } p ? new GeoJsonPoint("Point", [p.Longitude, p.Latitude]) : null;

    /// <summary>The position, or an error message when this is not a valid Point.</summary>
    public (GeoPoint? Point, string? Error) ToGeoPoint()
    {
        if (!string.Equals(Type, "Point", StringComparison.Ordinal) || Coordinates is not { Length: 2 or 3 })
        {
            return (null, "Location must be a GeoJSON Point: {\"type\":\"Point\",\"coordinates\":[longitude, latitude]}.");
        }

        var point = new GeoPoint(Coordinates[0], Coordinates[1]);
        return point.IsValid ? (point, null) : (null, "Coordinates must be [longitude -180..180, latitude -90..90].");
    }
}
