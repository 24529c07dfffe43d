using Polis.Simulator.Model;

namespace Polis.Simulator.Generation;

/// <summary>
/// Bus lines across the city along the street lattice: along one street, a turn onto a cross street, along a
/// second street to the far edge. Half run west-east, half south-north. Stops every two or three intersections.
/// </summary>
internal static class RouteGenerator
{
    public static List<BusRoute> Generate(Random random, ScalePreset preset, StreetNetwork streets)
    {
        var routes = new List<BusRoute>(preset.BusRoutes);
        for (var i = 0; i < preset.BusRoutes; i++)
        {
            var eastWest = i % 2 == 0;
            var path = eastWest ? Path(random, streets.Columns, streets.Rows, (a, b) => streets.NodeAt(a, b))
                                : Path(random, streets.Rows, streets.Columns, (a, b) => streets.NodeAt(b, a));
            var stopEvery = 2 + random.Next(2);
            var stops = new List<int>();
            for (var p = 0; p < path.Count - 1; p += stopEvery)
            {
                stops.Add(p);
            }

            stops.Add(path.Count - 1);
            var number = i + 1;
            var first = streets.Edges.First(e => e.From == path[0] || e.To == path[0]).Name;
            var last = streets.Edges.First(e => e.From == path[^1] || e.To == path[^1]).Name;
            routes.Add(new BusRoute(
                $"R{number}", number.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{first} – {last}",
                path.Select(n => streets.Nodes[n]).ToList(), stops, stops.Select(p => $"stop-{path[p]}").ToList()));
        }

        return routes;
    }

    /// <summary>Node ids along <paramref name="along"/> (the long axis) with one jog across; at least two nodes.</summary>
    private static List<int> Path(Random random, int along, int across, Func<int, int, int> node)
    {
        var startLine = random.Next(across);
        var endLine = random.Next(across);
        var turnAt = along > 2 ? 1 + random.Next(along - 2) : 0;
        var path = new List<int>();
        for (var a = 0; a <= turnAt; a++)
        {
            path.Add(node(a, startLine));
        }

        var step = Math.Sign(endLine - startLine);
        for (var c = startLine + step; step != 0 && c != endLine + step; c += step)
        {
            path.Add(node(turnAt, c));
        }

        for (var a = turnAt + 1; a < along; a++)
        {
            path.Add(node(a, endLine));
        }

        return path;
    }
}
