using Polis.Transit.Geometry;

namespace Polis.Transit.Tracking;

/// <summary>
/// Every place along a shape a position could be on: the nearest point of each pass of the shape within a
/// tolerance. A loop or an out-and-back street passes the same place twice, and only time (the schedule) can
/// tell which pass a vehicle is on, so matching needs all of them, not the single nearest point.
/// </summary>
public static class ShapeSearch
{
    private const double MetresPerDegree = GeoMath.EarthRadiusMetres * Math.PI / 180;

    /// <summary>The candidate projections within <paramref name="toleranceMetres"/>, in order along the shape.</summary>
    public static IReadOnlyList<ShapeProjection> Candidates(ShapeLine shape, double latitude, double longitude, double toleranceMetres)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.PointCount < 2)
        {
            var only = shape.Project(latitude, longitude);
            return only.OffsetMetres <= toleranceMetres ? [only] : [];
        }

        // A cheap box test in degrees skips the segments that cannot be close before any trigonometry.
        var latitudeSlack = toleranceMetres / MetresPerDegree;
        var longitudeSlack = toleranceMetres / (MetresPerDegree * Math.Max(0.01, Math.Cos(GeoMath.DegreesToRadians(latitude))));
        var found = new List<ShapeProjection>();
        var lastAlong = double.NegativeInfinity;
        var (previousLatitude, previousLongitude) = shape.Point(0);
        for (var s = 0; s < shape.PointCount - 1; s++)
        {
            var (nextLatitude, nextLongitude) = shape.Point(s + 1);
            var outside = latitude < Math.Min(previousLatitude, nextLatitude) - latitudeSlack
                || latitude > Math.Max(previousLatitude, nextLatitude) + latitudeSlack
                || longitude < Math.Min(previousLongitude, nextLongitude) - longitudeSlack
                || longitude > Math.Max(previousLongitude, nextLongitude) + longitudeSlack;
            (previousLatitude, previousLongitude) = (nextLatitude, nextLongitude);
            if (outside)
            {
                continue;
            }

            var projection = shape.Project(latitude, longitude, shape.DistanceAt(s), shape.DistanceAt(s + 1));
            if (projection.OffsetMetres > toleranceMetres)
            {
                continue;
            }

            // Neighbouring segments near a bend see the same place: one pass keeps its nearest point.
            var samePass = projection.DistanceAlong - lastAlong <= 2 * toleranceMetres;
            lastAlong = projection.DistanceAlong;
            if (samePass)
            {
                if (projection.OffsetMetres < found[^1].OffsetMetres)
                {
                    found[^1] = projection;
                }

                continue;
            }

            found.Add(projection);
        }

        return found;
    }
}
