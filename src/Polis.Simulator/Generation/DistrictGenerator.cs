using Polis.Simulator.Model;

namespace Polis.Simulator.Generation;

/// <summary>
/// Districts as a jittered grid: the interior corners of a regular grid move randomly, neighbouring cells
/// share their corners, so the districts tile the city exactly without gaps or overlaps.
/// </summary>
internal static class DistrictGenerator
{
    public static List<District> Generate(Random random, ScalePreset preset, GeoPosition southWest)
    {
        var (columns, rows) = (preset.DistrictColumns, preset.DistrictRows);
        var (cellWidth, cellHeight) = (preset.WidthMetres / columns, preset.HeightMetres / rows);
        var corners = new (double X, double Y)[columns + 1, rows + 1];
        for (var c = 0; c <= columns; c++)
        {
            for (var r = 0; r <= rows; r++)
            {
                var interiorX = c > 0 && c < columns;
                var interiorY = r > 0 && r < rows;
                corners[c, r] = (
                    (c * cellWidth) + (interiorX ? Jitter(random, cellWidth * 0.2) : 0),
                    (r * cellHeight) + (interiorY ? Jitter(random, cellHeight * 0.2) : 0));
            }
        }

        var districts = new List<District>(columns * rows);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                // Counter-clockwise: south-west, south-east, north-east, north-west.
                var polygon = new[] { corners[c, r], corners[c + 1, r], corners[c + 1, r + 1], corners[c, r + 1] }
                    .Select(p => Geo.Offset(southWest, p.X, p.Y)).ToArray();
                var centre = new GeoPosition(polygon.Average(p => p.Longitude), polygon.Average(p => p.Latitude));
                var index = districts.Count;
                var name = Names.District(index);
                districts.Add(new District(Slug(name), name, centre, polygon));
            }
        }

        return districts;
    }

    private static double Jitter(Random random, double amplitude) => ((random.NextDouble() * 2) - 1) * amplitude;

    private static string Slug(string name) => name.ToLowerInvariant().Replace(' ', '-');
}
