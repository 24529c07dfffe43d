using Polis.Platform.Devices;

namespace Polis.NgsiLd.Geo;

/// <summary>Great-circle distance on a spherical Earth: accurate to ~0.5 %, plenty for "near" in a city.</summary>
public static class GeoDistance
{
    /// <summary>Mean Earth radius (IUGG), in metres.</summary>
    public const double EarthRadiusMetres = 6_371_008.8;

    public static double HaversineMetres(GeoPoint a, GeoPoint b)
    {
        var lat1 = DegreesToRadians(a.Latitude);
        var lat2 = DegreesToRadians(b.Latitude);
        var dLat = lat2 - lat1;
        var dLon = DegreesToRadians(b.Longitude - a.Longitude);
        var h = (Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Cos(lat1) * Math.Cos(lat2) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2));
        return 2 * EarthRadiusMetres * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>A box that certainly holds every point within <paramref name="metres"/> of <paramref name="center"/>.</summary>
    public static BoundingBox BoxAround(GeoPoint center, double metres)
    {
        // 1 % margin so rounding never drops a point the exact distance would keep.
        var dLat = metres * 1.01 / (EarthRadiusMetres * Math.PI / 180);
        var south = Math.Max(-90, center.Latitude - dLat);
        var north = Math.Min(90, center.Latitude + dLat);
        var cos = Math.Cos(DegreesToRadians(Math.Max(Math.Abs(south), Math.Abs(north))));
        var dLon = cos < 1e-6 ? 360 : dLat / cos;
        var west = center.Longitude - dLon;
        var east = center.Longitude + dLon;

        // The registry box cannot wrap the antimeridian; take the whole longitude range instead.
        return west < -180 || east > 180 ? new BoundingBox(-180, south, 180, north) : new BoundingBox(west, south, east, north);
    }

    private static double DegreesToRadians(double degrees) => degrees * Math.PI / 180;
}
