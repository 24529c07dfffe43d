namespace Polis.Transit.Geometry;

/// <summary>
/// Distances and bearings on the WGS 84 sphere approximation. Transit work is at city scale, so a spherical
/// earth (error under 0.5 %) and a local flat projection per segment are accurate to well under GPS noise.
/// </summary>
public static class GeoMath
{
    public const double EarthRadiusMetres = 6_371_008.8;

    public static double DistanceMetres(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = DegreesToRadians(lat2 - lat1);
        var dLon = DegreesToRadians(lon2 - lon1);
        var a = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2))
            + (Math.Cos(DegreesToRadians(lat1)) * Math.Cos(DegreesToRadians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Initial bearing from the first point to the second, degrees clockwise from north in [0, 360).</summary>
    public static double BearingDegrees(double lat1, double lon1, double lat2, double lon2)
    {
        var phi1 = DegreesToRadians(lat1);
        var phi2 = DegreesToRadians(lat2);
        var dLon = DegreesToRadians(lon2 - lon1);
        var y = Math.Sin(dLon) * Math.Cos(phi2);
        var x = (Math.Cos(phi1) * Math.Sin(phi2)) - (Math.Sin(phi1) * Math.Cos(phi2) * Math.Cos(dLon));
        var degrees = Math.Atan2(y, x) * 180 / Math.PI;
        return (degrees + 360) % 360;
    }

    /// <summary>The smallest angle between two bearings, in [0, 180].</summary>
    public static double BearingDifference(double a, double b)
    {
        var d = Math.Abs(a - b) % 360;
        return d > 180 ? 360 - d : d;
    }

    /// <summary>True for coordinates a vehicle can report: finite, in range and not the (0, 0) of a GPS without a fix.</summary>
    public static bool IsPlausible(double latitude, double longitude) =>
        double.IsFinite(latitude) && double.IsFinite(longitude)
        && latitude is >= -90 and <= 90 && longitude is >= -180 and <= 180
        && !(Math.Abs(latitude) < 1e-6 && Math.Abs(longitude) < 1e-6);

    public static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
