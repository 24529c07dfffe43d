using System.Text;
using System.Text.Json;

namespace Polis.Platform.Geography;

/// <summary>
/// Checks one GeoJSON geometry (RFC 7946) of an allowed type and writes it back in canonical form: type and
/// coordinates only, positions as [longitude, latitude] (an altitude is dropped, the map is flat).
/// </summary>
internal static class GeometryReader
{
    /// <summary>The canonical geometry and the number of positions, or an error message.</summary>
    public static (string? Json, int Positions, string? Error) Read(JsonElement geometry, IReadOnlyCollection<string> allowedTypes)
    {
        if (geometry.ValueKind != JsonValueKind.Object)
        {
            return Fail("Expected a GeoJSON geometry object.");
        }

        var type = geometry.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString()! : null;
        if (type is null || !allowedTypes.Contains(type))
        {
            return Fail($"Geometry type must be {string.Join(" or ", allowedTypes)}, got {(type is null ? "none" : $"'{type}'")}.");
        }

        if (!geometry.TryGetProperty("coordinates", out var coordinates) || coordinates.ValueKind != JsonValueKind.Array)
        {
            return Fail("Geometry needs a coordinates array.");
        }

        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("type", type);
            writer.WritePropertyName("coordinates");
            var counter = new PositionCounter();
            var error = type switch
            {
                "LineString" => Line(coordinates, writer, counter),
                "MultiLineString" => Many(coordinates, writer, counter, Line, "line"),
                "Polygon" => Polygon(coordinates, writer, counter),
                _ => Many(coordinates, writer, counter, Polygon, "polygon"),
            };
            if (error is not null)
            {
                return Fail(error);
            }

            writer.WriteEndObject();
            writer.Flush();
            return (Encoding.UTF8.GetString(buffer.ToArray()), counter.Count, null);
        }
    }

    private static (string?, int, string?) Fail(string error) => (null, 0, error);

    private static string? Many(JsonElement items, Utf8JsonWriter writer, PositionCounter counter, Func<JsonElement, Utf8JsonWriter, PositionCounter, string?> readOne, string what)
    {
        if (items.GetArrayLength() == 0)
        {
            return $"Expected at least one {what}.";
        }

        writer.WriteStartArray();
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Array)
            {
                return $"{what} {index}: expected an array.";
            }

            if (readOne(item, writer, counter) is { } error)
            {
                return $"{what} {index}: {error}";
            }

            index++;
        }

        writer.WriteEndArray();
        return null;
    }

    private static string? Polygon(JsonElement rings, Utf8JsonWriter writer, PositionCounter counter) =>
        Many(rings, writer, counter, Ring, "ring");

    private static string? Ring(JsonElement positions, Utf8JsonWriter writer, PositionCounter counter)
    {
        if (positions.GetArrayLength() < 4)
        {
            return "a linear ring needs at least 4 positions.";
        }

        var first = positions[0];
        var last = positions[positions.GetArrayLength() - 1];
        if (Positions(positions, writer, counter) is { } error)
        {
            return error;
        }

        return first[0].GetDouble() == last[0].GetDouble() && first[1].GetDouble() == last[1].GetDouble()
            ? null
            : "a linear ring must be closed (its last position equals its first).";
    }

    private static string? Line(JsonElement positions, Utf8JsonWriter writer, PositionCounter counter) =>
        positions.GetArrayLength() < 2 ? "a line needs at least 2 positions." : Positions(positions, writer, counter);

    private static string? Positions(JsonElement positions, Utf8JsonWriter writer, PositionCounter counter)
    {
        writer.WriteStartArray();
        var index = 0;
        foreach (var position in positions.EnumerateArray())
        {
            if (Position(position) is not { } point)
            {
                return $"position {index} must be [longitude -180..180, latitude -90..90].";
            }

            writer.WriteStartArray();
            writer.WriteNumberValue(point.Longitude);
            writer.WriteNumberValue(point.Latitude);
            writer.WriteEndArray();
            counter.Count++;
            index++;
        }

        writer.WriteEndArray();
        return null;
    }

    private static (double Longitude, double Latitude)? Position(JsonElement position)
    {
        if (position.ValueKind != JsonValueKind.Array || position.GetArrayLength() is not (2 or 3))
        {
            return null;
        }

        foreach (var number in position.EnumerateArray())
        {
            if (number.ValueKind != JsonValueKind.Number || !number.TryGetDouble(out var value) || !double.IsFinite(value))
            {
                return null;
            }
        }

        var longitude = position[0].GetDouble();
        var latitude = position[1].GetDouble();
        return longitude is >= -180 and <= 180 && latitude is >= -90 and <= 90 ? (longitude, latitude) : null;
    }

    /// <summary>Counts positions across the recursion, for the upload-wide limit.</summary>
    private sealed class PositionCounter
    {
        public int Count { get; set; }
    }
}
