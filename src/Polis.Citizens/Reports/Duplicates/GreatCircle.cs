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
}
