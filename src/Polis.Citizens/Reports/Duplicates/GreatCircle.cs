using Polis.Platform.Devices;

namespace Polis.Citizens.Reports.Duplicates;

/// <summary>Distances on the Earth as a sphere (haversine): within 0.5 % of the ellipsoid, ample for "the same pothole".</summary>
public static class GreatCircle
{
    /// <summary>The IUGG mean Earth radius in metres.</summary>
    public const double MeanEarthRadius = 6_371_008.8;

    /// <summary>The great-circle distance in metres between two WGS84 points.</summary>
    public static double Metres(GeoPoint from, GeoPoint to)
    {
        const double toRadians = Math.PI / 180;
        var halfLatitude = Math.Sin((to.Latitude - from.Latitude) * toRadians / 2);
        var halfLongitude = Math.Sin((to.Longitude - from.Longitude) * toRadians / 2);
        var chord = (halfLatitude * halfLatitude) + (Math.Cos(from.Latitude * toRadians) * Math.Cos(to.Latitude * toRadians) * halfLongitude * halfLongitude);

        // Rounding can push the chord a hair past 1 for antipodal points; Asin would then return NaN.
        return 2 * MeanEarthRadius * Math.Asin(Math.Sqrt(Math.Min(1, chord)));
    }

    /// <summary>
    /// A box that holds every point within <paramref name="metres"/> of <paramref name="centre"/>: the cheap, indexed
    /// pre-filter before <see cref="Metres"/> decides. Longitude degrees shrink with the cosine of the latitude; near a
    /// pole (or across the antimeridian) the box widens to every longitude rather than miss a point.
    /// </summary>
    public static BoundingBox BoxAround(GeoPoint centre, double metres)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(metres);
        var latitudeDegrees = metres / MeanEarthRadius * (180 / Math.PI);
        var south = Math.Max(-90, centre.Latitude - latitudeDegrees);
        var north = Math.Min(90, centre.Latitude + latitudeDegrees);
        var widestCosine = Math.Cos(Math.Max(Math.Abs(south), Math.Abs(north)) * Math.PI / 180);
        var longitudeDegrees = widestCosine <= 1e-9 ? 360 : latitudeDegrees / widestCosine;
        var west = centre.Longitude - longitudeDegrees;
        var east = centre.Longitude + longitudeDegrees;
        return west < -180 || east > 180 ? new BoundingBox(-180, south, 180, north) : new BoundingBox(west, south, east, north);
    }
}
