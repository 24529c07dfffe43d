using System.Text.Json.Nodes;
using Polis.Simulator.Model;

namespace Polis.Simulator.Runtime;

/// <summary>
/// The generated city's districts and streets as the GeoJSON FeatureCollection <c>PUT /api/v1/geography</c> takes:
/// one Polygon per district (id = the district id devices carry) and one line per named street, its lattice
/// segments chained into polylines so a street is one feature, not dozens.
/// </summary>
public static class CityGeographyJson
{
    public static JsonObject Build(SimulatedCity city)
    {
        ArgumentNullException.ThrowIfNull(city);
        var features = new JsonArray();
        foreach (var district in city.Districts)
        {
            var ring = new JsonArray([.. district.Polygon.Append(district.Polygon[0]).Select(Position)]);
            features.Add(Feature("district", district.Name, new JsonObject { ["type"] = "Polygon", ["coordinates"] = new JsonArray(ring) }, district.Id));
        }

        foreach (var (name, lines) in StreetLines(city.Streets))
        {
            var geometry = lines.Count == 1
                ? new JsonObject { ["type"] = "LineString", ["coordinates"] = Line(lines[0], city.Streets) }
                : new JsonObject { ["type"] = "MultiLineString", ["coordinates"] = new JsonArray([.. lines.Select(l => Line(l, city.Streets))]) };
            features.Add(Feature("street", name, geometry, id: null));
        }

        return new JsonObject { ["type"] = "FeatureCollection", ["features"] = features };
    }

    /// <summary>Each street's node sequences, in the order the generator laid its segments.</summary>
    public static IReadOnlyList<(string Name, List<List<int>> Lines)> StreetLines(StreetNetwork streets)
    {
        ArgumentNullException.ThrowIfNull(streets);
        var byName = new Dictionary<string, List<List<int>>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var edge in streets.Edges)
        {
            if (!byName.TryGetValue(edge.Name, out var lines))
            {
                byName[edge.Name] = lines = [];
                order.Add(edge.Name);
            }

            if (lines.Count > 0 && lines[^1][^1] == edge.From)
            {
                lines[^1].Add(edge.To);
            }
            else
            {
                lines.Add([edge.From, edge.To]);
            }
        }

        return [.. order.Select(name => (name, byName[name]))];
    }

    private static JsonArray Line(List<int> nodes, StreetNetwork streets) => new([.. nodes.Select(n => Position(streets.Nodes[n]))]);

    private static JsonNode Position(GeoPosition at) => new JsonArray(Math.Round(at.Longitude, 6), Math.Round(at.Latitude, 6));

    private static JsonObject Feature(string kind, string name, JsonObject geometry, string? id)
    {
        var feature = new JsonObject { ["type"] = "Feature" };
        if (id is not null)
        {
            feature["id"] = id;
        }

        feature["properties"] = new JsonObject { ["kind"] = kind, ["name"] = name };
        feature["geometry"] = geometry;
        return feature;
    }
}
