namespace Polis.Transit.Geometry;

/// <summary>
/// A trip's path as a polyline with cumulative metres at each vertex, so positions become "metres along the
/// route" and back. Immutable and shared by every trip that uses the shape.
/// </summary>
public sealed class ShapeLine
{
    private readonly double[] _latitudes;
    private readonly double[] _longitudes;
    private readonly double[] _cumulative;

    public ShapeLine(string id, IReadOnlyList<(double Latitude, double Longitude)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count == 0)
        {
            throw new ArgumentException("A shape needs at least one point.", nameof(points));
        }

        Id = id;
        _latitudes = new double[points.Count];
        _longitudes = new double[points.Count];
        _cumulative = new double[points.Count];
        for (var i = 0; i < points.Count; i++)
        {
            _latitudes[i] = points[i].Latitude;
            _longitudes[i] = points[i].Longitude;
            if (i > 0)
            {
                _cumulative[i] = _cumulative[i - 1] + GeoMath.DistanceMetres(_latitudes[i - 1], _longitudes[i - 1], _latitudes[i], _longitudes[i]);
            }
        }
    }

    public string Id { get; }

    public int PointCount => _latitudes.Length;

    public double LengthMetres => _cumulative[^1];

    public (double Latitude, double Longitude) Point(int index) => (_latitudes[index], _longitudes[index]);

    /// <summary>Metres along the shape at vertex <paramref name="index"/>.</summary>
    public double DistanceAt(int index) => _cumulative[index];

    /// <summary>The nearest point of the whole shape.</summary>
    public ShapeProjection Project(double latitude, double longitude) => Project(latitude, longitude, 0, LengthMetres);

    /// <summary>
    /// The nearest point of the shape between <paramref name="fromMetres"/> and <paramref name="toMetres"/> along it:
    /// a vehicle's previous progress bounds where it can be now, which keeps loops and out-and-back shapes apart.
    /// </summary>
    public ShapeProjection Project(double latitude, double longitude, double fromMetres, double toMetres)
    {
        if (_latitudes.Length == 1)
        {
            return new ShapeProjection(0, GeoMath.DistanceMetres(latitude, longitude, _latitudes[0], _longitudes[0]), 0);
        }

        fromMetres = Math.Clamp(fromMetres, 0, LengthMetres);
        toMetres = Math.Clamp(toMetres, fromMetres, LengthMetres);
        var first = SegmentAt(fromMetres);
        var last = SegmentAt(toMetres);
        var best = new ShapeProjection(fromMetres, double.MaxValue, first);
        for (var s = first; s <= last; s++)
        {
            var (fraction, offset) = ProjectOnSegment(latitude, longitude, s);
            var along = _cumulative[s] + (fraction * (_cumulative[s + 1] - _cumulative[s]));
            if (along < fromMetres || along > toMetres)
            {
                along = Math.Clamp(along, fromMetres, toMetres);
                var (lat, lon) = PointAt(along);
                offset = GeoMath.DistanceMetres(latitude, longitude, lat, lon);
            }

            if (offset < best.OffsetMetres)
            {
                best = new ShapeProjection(along, offset, s);
            }
        }

        return best;
    }

    /// <summary>The position <paramref name="metres"/> along the shape (clamped to its ends).</summary>
    public (double Latitude, double Longitude) PointAt(double metres)
    {
        if (_latitudes.Length == 1)
        {
            return (_latitudes[0], _longitudes[0]);
        }

        var s = SegmentAt(metres);
        var length = _cumulative[s + 1] - _cumulative[s];
        var f = length <= 0 ? 0 : Math.Clamp((metres - _cumulative[s]) / length, 0, 1);
        return (_latitudes[s] + (f * (_latitudes[s + 1] - _latitudes[s])), _longitudes[s] + (f * (_longitudes[s + 1] - _longitudes[s])));
    }

    /// <summary>The direction of travel at <paramref name="metres"/> along the shape, degrees from north.</summary>
    public double BearingAt(double metres)
    {
        if (_latitudes.Length == 1)
        {
            return 0;
        }

        var s = SegmentAt(metres);
        return GeoMath.BearingDegrees(_latitudes[s], _longitudes[s], _latitudes[s + 1], _longitudes[s + 1]);
    }

    /// <summary>The index of the segment (its first vertex) holding <paramref name="metres"/>, in [0, PointCount − 2].</summary>
    public int SegmentAt(double metres)
    {
        var index = Array.BinarySearch(_cumulative, metres);
        if (index < 0)
        {
            index = ~index - 1;
        }

        return Math.Clamp(index, 0, _latitudes.Length - 2);
    }

    /// <summary>Fraction along segment s of the nearest point, and the distance to it, on a local flat projection.</summary>
    private (double Fraction, double OffsetMetres) ProjectOnSegment(double latitude, double longitude, int s)
    {
        var cosLat = Math.Cos(GeoMath.DegreesToRadians(_latitudes[s]));
        var metresPerDegree = GeoMath.EarthRadiusMetres * Math.PI / 180;
        var ax = 0.0;
        var ay = 0.0;
        var bx = (_longitudes[s + 1] - _longitudes[s]) * cosLat * metresPerDegree;
        var by = (_latitudes[s + 1] - _latitudes[s]) * metresPerDegree;
        var px = (longitude - _longitudes[s]) * cosLat * metresPerDegree;
        var py = (latitude - _latitudes[s]) * metresPerDegree;
        var lengthSquared = ((bx - ax) * (bx - ax)) + ((by - ay) * (by - ay));
        var f = lengthSquared <= 0 ? 0 : Math.Clamp((((px - ax) * (bx - ax)) + ((py - ay) * (by - ay))) / lengthSquared, 0, 1);
        var dx = px - (ax + (f * (bx - ax)));
        var dy = py - (ay + (f * (by - ay)));
        return (f, Math.Sqrt((dx * dx) + (dy * dy)));
    }
}
