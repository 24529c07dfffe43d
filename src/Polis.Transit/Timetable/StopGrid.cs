using Polis.Transit.Geometry;
using Polis.Transit.Gtfs;

namespace Polis.Transit.Timetable;

/// <summary>A coarse grid over the stops (about 500 m cells) to find the stops near a position without a scan.</summary>
public sealed class StopGrid
{
    private const double CellDegrees = 0.005;
    private readonly Dictionary<(int, int), List<GtfsStop>> _cells = [];

    public StopGrid(IEnumerable<GtfsStop> stops)
    {
        foreach (var stop in stops)
        {
            if (stop.Latitude is { } lat && stop.Longitude is { } lon)
            {
                var key = Cell(lat, lon);
                if (!_cells.TryGetValue(key, out var list))
                {
                    _cells[key] = list = [];
                }

                list.Add(stop);
            }
        }
    }

    /// <summary>Stops within <paramref name="radiusMetres"/>, nearest first.</summary>
    public IReadOnlyList<(GtfsStop Stop, double Metres)> Near(double latitude, double longitude, double radiusMetres)
    {
        var (row, column) = Cell(latitude, longitude);
        var reachRows = (int)Math.Ceiling(radiusMetres / (CellDegrees * 111_000)) + 1;
        var cosLat = Math.Max(0.05, Math.Cos(GeoMath.DegreesToRadians(latitude)));
        var reachColumns = (int)Math.Ceiling(radiusMetres / (CellDegrees * 111_000 * cosLat)) + 1;
        var found = new List<(GtfsStop, double)>();
        for (var r = row - reachRows; r <= row + reachRows; r++)
        {
            for (var c = column - reachColumns; c <= column + reachColumns; c++)
            {
                if (_cells.TryGetValue((r, c), out var stops))
                {
                    foreach (var stop in stops)
                    {
                        var metres = GeoMath.DistanceMetres(latitude, longitude, stop.Latitude!.Value, stop.Longitude!.Value);
                        if (metres <= radiusMetres)
                        {
                            found.Add((stop, metres));
                        }
                    }
                }
            }
        }

        found.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        return found;
    }

    private static (int Row, int Column) Cell(double latitude, double longitude) =>
        ((int)Math.Floor(latitude / CellDegrees), (int)Math.Floor(longitude / CellDegrees));
}
