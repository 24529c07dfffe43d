using Polis.Simulator.Model;

namespace Polis.Simulator.Generation;

/// <summary>Small-area geometry: a local metric frame around the city centre, containment, distance, bearing.</summary>
public static class Geo
{
    private const double MetresPerDegree = 111_320;

    /// <summary>The position <paramref name="eastMetres"/> east and <paramref name="northMetres"/> north of <paramref name="origin"/>.</summary>
    public static GeoPosition Offset(GeoPosition origin, double eastMetres, double northMetres) => new(
        origin.Longitude + (eastMetres / (MetresPerDegree * Math.Cos(origin.Latitude * Math.PI / 180))),
        origin.Latitude + (northMetres / MetresPerDegree));

    /// <summary>Equirectangular distance in metres: exact enough within a city.</summary>
    public static double DistanceMetres(GeoPosition a, GeoPosition b)
    {
        var (east, north) = Delta(a, b);
        return Math.Sqrt((east * east) + (north * north));
    }

    /// <summary>Compass bearing from <paramref name="a"/> to <paramref name="b"/> in [0, 360).</summary>
    public static double Bearing(GeoPosition a, GeoPosition b)
    {
        var (east, north) = Delta(a, b);
        var degrees = Math.Atan2(east, north) * 180 / Math.PI;
        return degrees < 0 ? degrees + 360 : degrees;
    }

    /// <summary>The point a fraction <paramref name="t"/> of the way from <paramref name="a"/> to <paramref name="b"/>.</summary>
    public static GeoPosition Lerp(GeoPosition a, GeoPosition b, double t) =>
        new(a.Longitude + ((b.Longitude - a.Longitude) * t), a.Latitude + ((b.Latitude - a.Latitude) * t));

    /// <summary>Even-odd ray casting; works for any simple polygon (the first vertex is not repeated).</summary>
    public static bool Contains(IReadOnlyList<GeoPosition> polygon, GeoPosition point)
    {
        var inside = false;
        for (int i = 0, j = polygon.Count - 1; i < polygon.Count; j = i++)
        {
            var (pi, pj) = (polygon[i], polygon[j]);
            if ((pi.Latitude > point.Latitude) != (pj.Latitude > point.Latitude) &&
                point.Longitude < ((pj.Longitude - pi.Longitude) * (point.Latitude - pi.Latitude) / (pj.Latitude - pi.Latitude)) + pi.Longitude)
            {
                inside = !inside;
            }
        }

        return inside;
    }

    private static (double East, double North) Delta(GeoPosition a, GeoPosition b) => (
        (b.Longitude - a.Longitude) * MetresPerDegree * Math.Cos(a.Latitude * Math.PI / 180),
        (b.Latitude - a.Latitude) * MetresPerDegree);
}
