using System.Text.Json;

namespace Polis.Platform.Geography;

/// <summary>
/// Reads an uploaded city geography: a GeoJSON FeatureCollection whose features carry
/// <c>properties.kind</c> "district" (Polygon or MultiPolygon, with an <c>id</c> devices refer to) or "street"
/// (LineString or MultiLineString), and <c>properties.name</c>. Every error names the feature by its index, so
/// the uploader can find it in a file of thousands; nothing is accepted unless everything is valid.
/// </summary>
public static class GeographyValidator
{
    /// <summary>Enough to fix a broken file in a few rounds without a megabyte of problem details.</summary>
    public const int MaxReportedErrors = 50;

    private static readonly string[] DistrictGeometries = ["Polygon", "MultiPolygon"];
    private static readonly string[] StreetGeometries = ["LineString", "MultiLineString"];

    public static GeographyParseResult Parse(ReadOnlyMemory<byte> utf8Json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8Json, new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            return Failed("$", $"Invalid JSON: {ex.Message.Split(" Path:", 2)[0]}");
        }

        using (document)
        {
            return Parse(document.RootElement);
        }
    }

    private static GeographyParseResult Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object || !HasString(root, "type", "FeatureCollection"))
        {
            return Failed("type", "Expected a GeoJSON FeatureCollection: {\"type\":\"FeatureCollection\",\"features\":[…]}.");
        }

        if (!root.TryGetProperty("features", out var featureArray) || featureArray.ValueKind != JsonValueKind.Array)
        {
            return Failed("features", "Expected an array of features.");
        }

        if (featureArray.GetArrayLength() > GeographyLimits.MaxFeatures)
        {
            return Failed("features", $"At most {GeographyLimits.MaxFeatures} features.");
        }

        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var features = new List<GeographyFeature>(featureArray.GetArrayLength());
        var districtIds = new HashSet<string>(StringComparer.Ordinal);
        var positions = 0;
        var index = 0;
        foreach (var element in featureArray.EnumerateArray())
        {
            var path = $"features[{index++}]";
            var (feature, count, field, error) = ReadFeature(element);
            if (feature is not null && feature.Kind == GeographyKind.District && !districtIds.Add(feature.Id!))
            {
                (field, error) = ("id", $"District id '{feature.Id}' appears twice.");
            }

            if (error is not null)
            {
                errors[field is null ? path : $"{path}.{field}"] = [error];
                if (errors.Count >= MaxReportedErrors)
                {
                    break;
                }

                continue;
            }

            features.Add(feature!);
            positions += count;
        }

        if (errors.Count == 0 && positions > GeographyLimits.MaxPositions)
        {
            errors["features"] = [$"At most {GeographyLimits.MaxPositions} positions in all, got {positions}."];
        }

        return errors.Count > 0 ? new GeographyParseResult(null, errors) : new GeographyParseResult(features, errors);
    }

    private static (GeographyFeature? Feature, int Positions, string? Field, string? Error) ReadFeature(JsonElement feature)
    {
        if (feature.ValueKind != JsonValueKind.Object || !HasString(feature, "type", "Feature"))
        {
            return (null, 0, "type", "Expected a GeoJSON Feature.");
        }

        if (!feature.TryGetProperty("properties", out var properties) || properties.ValueKind != JsonValueKind.Object)
        {
            return (null, 0, "properties", "Expected properties with kind and name.");
        }

        GeographyKind? kind = properties.TryGetProperty("kind", out var k) && k.ValueKind == JsonValueKind.String
            ? k.GetString() switch { "district" => GeographyKind.District, "street" => GeographyKind.Street, _ => null }
            : null;
        if (kind is null)
        {
            return (null, 0, "properties.kind", "kind must be \"district\" or \"street\".");
        }

        var name = properties.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()!.Trim() : "";
        if (name.Length is 0 or > GeographyLimits.MaxNameLength)
        {
            return (null, 0, "properties.name", $"name is required, at most {GeographyLimits.MaxNameLength} characters.");
        }

        string? id = null;
        if (feature.TryGetProperty("id", out var i) && i.ValueKind != JsonValueKind.Null)
        {
            id = i.ValueKind == JsonValueKind.String ? i.GetString()!.Trim() : "";
            if (id.Length is 0 or > GeographyLimits.MaxIdLength)
            {
                return (null, 0, "id", $"id must be a non-empty string of at most {GeographyLimits.MaxIdLength} characters.");
            }
        }

        if (kind == GeographyKind.District && id is null)
        {
            return (null, 0, "id", "A district needs an id: the district devices name in their 'district' field.");
        }

        if (!feature.TryGetProperty("geometry", out var geometry))
        {
            return (null, 0, "geometry", "A feature needs a geometry.");
        }

        var (json, positions, error) = GeometryReader.Read(geometry, kind == GeographyKind.District ? DistrictGeometries : StreetGeometries);
        return error is not null
            ? (null, 0, "geometry", error)
            : (new GeographyFeature(kind.Value, id, name, json!), positions, null, null);
    }

    private static bool HasString(JsonElement element, string property, string expected) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && value.ValueEquals(expected);

    private static GeographyParseResult Failed(string path, string error) =>
        new(null, new Dictionary<string, string[]>(StringComparer.Ordinal) { [path] = [error] });
}
