using System.Text.Json;
using NetTopologySuite.Geometries;
using NetTopologySuite.Operation.Valid;

namespace Polis.Platform.Commands.Groups;

/// <summary>
/// Checks a target: at least one filter (a command to "every device in the city" is never an accident here),
/// and a polygon that is well-formed GeoJSON with closed rings, WGS84 coordinates and no self-intersection.
/// </summary>
public static class GroupTargetParser
{
    private const int MaxPolygonPoints = 10_000;
    private static readonly GeometryFactory Factory = new(new PrecisionModel(), 4326);

    public static (GroupTarget? Target, Dictionary<string, string[]> Errors) Parse(GroupTargetRequest? request)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (request is null || (Blank(request.ProfileId) && Blank(request.District) && Blank(request.Label) && request.Polygon is not { ValueKind: JsonValueKind.Object }))
        {
            errors["target"] = ["Name at least one of profileId, district, label or polygon."];
            return (null, errors);
        }

        Geometry? area = null;
        if (request.Polygon is { ValueKind: not (JsonValueKind.Undefined or JsonValueKind.Null) } polygon)
        {
            try
            {
                area = Read(polygon);
            }
            catch (FormatException ex)
            {
                errors["target.polygon"] = [ex.Message];
            }
        }

        return errors.Count > 0
            ? (null, errors)
            : (new GroupTarget(Trim(request.ProfileId), Trim(request.District), Trim(request.Label), area, area is null ? null : request.Polygon!.Value.GetRawText()), errors);
    }

    private static Geometry Read(JsonElement json)
    {
        if (json.ValueKind != JsonValueKind.Object || !json.TryGetProperty("type", out var type) || !json.TryGetProperty("coordinates", out var coordinates))
        {
            throw new FormatException("polygon is a GeoJSON object with \"type\" and \"coordinates\".");
        }

        Geometry geometry = type.GetString() switch
        {
            "Polygon" => ReadPolygon(coordinates),
            "MultiPolygon" => Factory.CreateMultiPolygon([.. Array(coordinates).Select(ReadPolygon)]),
            _ => throw new FormatException("polygon's type is Polygon or MultiPolygon."),
        };
        if (geometry.NumPoints > MaxPolygonPoints)
        {
            throw new FormatException($"polygon has at most {MaxPolygonPoints} points.");
        }

        var validity = new IsValidOp(geometry).ValidationError;
        return validity is null ? geometry : throw new FormatException($"polygon is not valid: {validity.Message} at {validity.Coordinate}.");
    }

    private static Polygon ReadPolygon(JsonElement rings)
    {
        var linear = Array(rings).Select(ReadRing).ToArray();
        return linear.Length == 0 ? throw new FormatException("A polygon needs an outer ring.") : Factory.CreatePolygon(linear[0], linear[1..]);
    }

    private static LinearRing ReadRing(JsonElement ring)
    {
        var points = Array(ring).Select(ReadPosition).ToArray();
        if (points.Length < 4 || !points[0].Equals2D(points[^1]))
        {
            throw new FormatException("Each ring has at least 4 positions and ends where it starts.");
        }

        return Factory.CreateLinearRing(points);
    }

    private static Coordinate ReadPosition(JsonElement position)
    {
        var numbers = Array(position);
        if (numbers.Length < 2 || numbers.Any(n => n.ValueKind != JsonValueKind.Number))
        {
            throw new FormatException("A position is [longitude, latitude].");
        }

        var (longitude, latitude) = (numbers[0].GetDouble(), numbers[1].GetDouble());
        return longitude is >= -180 and <= 180 && latitude is >= -90 and <= 90
            ? new Coordinate(longitude, latitude)
            : throw new FormatException($"Position [{longitude}, {latitude}] is outside WGS84 (longitude -180..180, latitude -90..90).");
    }

    private static JsonElement[] Array(JsonElement json) =>
        json.ValueKind == JsonValueKind.Array ? [.. json.EnumerateArray()] : throw new FormatException("coordinates must be nested arrays.");

    private static bool Blank(string? value) => string.IsNullOrWhiteSpace(value);

    private static string? Trim(string? value) => Blank(value) ? null : value!.Trim();
}
