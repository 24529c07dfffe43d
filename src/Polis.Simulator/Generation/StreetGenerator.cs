using Polis.Simulator.Model;

namespace Polis.Simulator.Generation;

/// <summary>A lattice of streets with jittered intersections: every street runs (roughly) east-west or north-south.</summary>
internal static class StreetGenerator
{
    public static StreetNetwork Generate(Random random, ScalePreset preset, GeoPosition southWest)
    {
        var columns = (int)(preset.WidthMetres / preset.StreetSpacingMetres) + 1;
        var rows = (int)(preset.HeightMetres / preset.StreetSpacingMetres) + 1;
        var jitter = preset.StreetSpacingMetres * 0.15;
        var nodes = new List<GeoPosition>(columns * rows);
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                // Kept a metre inside the city so every intersection lies strictly inside one district.
                var x = Math.Clamp((c * preset.StreetSpacingMetres) + Jitter(random, jitter), 1, preset.WidthMetres - 1);
                var y = Math.Clamp((r * preset.StreetSpacingMetres) + Jitter(random, jitter), 1, preset.HeightMetres - 1);
                nodes.Add(Geo.Offset(southWest, x, y));
            }
        }

        var edges = new List<StreetEdge>();
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                var node = (r * columns) + c;
                if (c + 1 < columns)
                {
                    edges.Add(new StreetEdge(node, node + 1, Names.Street(r, "Street")));
                }

                if (r + 1 < rows)
                {
                    edges.Add(new StreetEdge(node, node + columns, Names.Street(c, "Avenue")));
                }
            }
        }

        return new StreetNetwork(nodes, edges, columns, rows);
    }

    private static double Jitter(Random random, double amplitude) => ((random.NextDouble() * 2) - 1) * amplitude;
}
