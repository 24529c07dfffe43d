using System.Globalization;
using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;
using Polis.NgsiLd.Errors;

namespace Polis.NgsiLd.Geo;

/// <summary>
/// Parses and validates georel, geometry, coordinates and geoproperty (clause 4.10). All three of
/// georel, geometry and coordinates are needed together; anything malformed is BadRequestData with a
/// message naming the parameter.
/// </summary>
public static class GeoQueryParser
{
    public const string DefaultGeoProperty = "location";
    private static readonly GeometryFactory _factory = new(new PrecisionModel(), 4326);

    /// <summary>The geo-query, or null when none of georel, geometry and coordinates is given.</summary>
    public static GeoQuery? Parse(string? georel, string? geometry, string? coordinates, string? geoproperty)
    {
        if (georel is null && geometry is null && coordinates is null)
        {
            return null;
        }

        if (string.IsNullOrEmpty(georel) || string.IsNullOrEmpty(geometry) || string.IsNullOrEmpty(coordinates))
        {
            throw NgsiLdException.BadRequest("A geo-query needs all of georel, geometry and coordinates.");
        }

        var (relation, max, min) = ParseGeorel(georel);
        var shape = Build(geometry, ParseCoordinates(coordinates));
        if (relation == GeoRelation.Near && shape is not Point)
        {
            throw NgsiLdException.BadRequest("georel=near needs geometry=Point.");
        }

        if (relation == GeoRelation.Within && shape is not (Polygon or MultiPolygon))
        {
            throw NgsiLdException.BadRequest("georel=within needs geometry=Polygon or MultiPolygon.");
        }

        return new GeoQuery(relation, shape, max, min, string.IsNullOrEmpty(geoproperty) ? DefaultGeoProperty : geoproperty);
    }

    private static (GeoRelation Relation, double? Max, double? Min) ParseGeorel(string georel)
    {
        var parts = georel.Split(';');
        GeoRelation? relation = parts[0] switch
        {
            "near" => GeoRelation.Near,
            "within" => GeoRelation.Within,
            "contains" => GeoRelation.Contains,
            "intersects" => GeoRelation.Intersects,
            "disjoint" => GeoRelation.Disjoint,
            "equals" => GeoRelation.Equals,
            "overlaps" => GeoRelation.Overlaps,
            _ => null,
        };
        if (relation is null)
        {
            throw NgsiLdException.BadRequest($"Invalid georel '{parts[0]}': expected near, within, contains, intersects, disjoint, equals or overlaps.");
        }

        if (relation != GeoRelation.Near)
        {
            return parts.Length == 1 ? (relation.Value, null, null) : throw NgsiLdException.BadRequest($"georel={parts[0]} takes no modifiers.");
        }

        double? max = null, min = null;
        foreach (var modifier in parts.Skip(1))
        {
            var split = modifier.Split("==");
            if (split.Length != 2 || !double.TryParse(split[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var metres) || !double.IsFinite(metres) || metres < 0)
            {
                throw NgsiLdException.BadRequest($"Invalid georel modifier '{modifier}': expected maxDistance==<metres> or minDistance==<metres>.");
            }

            _ = split[0] switch
            {
                "maxDistance" => max = metres,
                "minDistance" => min = metres,
                _ => throw NgsiLdException.BadRequest($"Invalid georel modifier '{split[0]}': expected maxDistance or minDistance."),
            };
        }

        return max is null && min is null
            ? throw NgsiLdException.BadRequest("georel=near needs maxDistance==<metres> or minDistance==<metres>.")
            : (GeoRelation.Near, max, min);
    }

    private static JsonElement ParseCoordinates(string coordinates)
    {
        // Early NGSI-LD clients send a point as "lon,lat" without brackets.
        var text = coordinates.TrimStart().StartsWith('[') ? coordinates : "[" + coordinates + "]";
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            throw NgsiLdException.BadRequest("Invalid coordinates: expected a JSON array such as [8.54,47.37].");
        }
    }

    private static Geometry Build(string geometry, JsonElement json)
    {
        Geometry shape = geometry switch
        {
            "Point" => _factory.CreatePoint(Position(json)),
            "MultiPoint" => _factory.CreateMultiPointFromCoords(Positions(json, 1)),
            "LineString" => _factory.CreateLineString(Positions(json, 2)),
            "MultiLineString" => _factory.CreateMultiLineString(Array(json).Select(l => _factory.CreateLineString(Positions(l, 2))).ToArray()),
            "Polygon" => BuildPolygon(json),
            "MultiPolygon" => _factory.CreateMultiPolygon(Array(json).Select(BuildPolygon).ToArray()),
            _ => throw NgsiLdException.BadRequest($"Invalid geometry '{geometry}': expected Point, MultiPoint, LineString, MultiLineString, Polygon or MultiPolygon."),
        };
        if (shape is NetTopologySuite.Geometries.Polygon or MultiPolygon && new IsValidOp(shape).ValidationError is { } error)
        {
            throw NgsiLdException.BadRequest($"Invalid {geometry}: {error.Message} at [{error.Coordinate.X.ToString(CultureInfo.InvariantCulture)},{error.Coordinate.Y.ToString(CultureInfo.InvariantCulture)}].");
        }

        return shape;
    }

    private static Polygon BuildPolygon(JsonElement json)
    {
        var rings = Array(json).Select(r => Ring(r)).ToList();
        return rings.Count == 0
            ? throw NgsiLdException.BadRequest("Invalid coordinates: a polygon needs at least one ring.")
            : _factory.CreatePolygon(rings[0], rings.Skip(1).ToArray());
    }

    private static LinearRing Ring(JsonElement json)
    {
        var positions = Positions(json, 4);
        if (!positions[0].Equals2D(positions[^1]))
        {
            throw NgsiLdException.BadRequest("Invalid coordinates: a polygon ring must be closed (its last position equal to its first).");
        }

        return _factory.CreateLinearRing(positions);
    }

    private static Coordinate[] Positions(JsonElement json, int minimum)
    {
        var positions = Array(json).Select(Position).ToArray();
        return positions.Length >= minimum
            ? positions
            : throw NgsiLdException.BadRequest($"Invalid coordinates: expected at least {minimum} positions, found {positions.Length}.");
    }

    private static Coordinate Position(JsonElement json)
    {
        var numbers = Array(json).ToList();
        if (numbers.Count is < 2 or > 3 || numbers.Any(n => n.ValueKind != JsonValueKind.Number))
        {
            throw NgsiLdException.BadRequest($"Invalid coordinates: a position is [longitude, latitude], found {json.GetRawText()}.");
        }

        var (lon, lat) = (numbers[0].GetDouble(), numbers[1].GetDouble());
        if (lon is < -180 or > 180 || lat is < -90 or > 90)
        {
            throw NgsiLdException.BadRequest($"Invalid coordinates: [{numbers[0].GetRawText()},{numbers[1].GetRawText()}] is outside longitude -180..180, latitude -90..90.");
        }

        return new Coordinate(lon, lat);
    }

    private static JsonElement.ArrayEnumerator Array(JsonElement json) =>
        json.ValueKind == JsonValueKind.Array
            ? json.EnumerateArray()
            : throw NgsiLdException.BadRequest($"Invalid coordinates: expected an array, found {json.GetRawText()} (is the nesting right for the geometry?).");
}
