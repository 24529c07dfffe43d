using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;

namespace Polis.NgsiLd.Entities;

/// <summary>Builders for the normalized attribute shapes of NGSI-LD (clause 4.5): Property, GeoProperty, DateTime values.</summary>
public static class NgsiLdValues
{
    public static string FormatInstant(long unixMilliseconds) =>
        DateTimeOffset.FromUnixTimeMilliseconds(unixMilliseconds).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonObject Property(JsonNode? value, long? observedAt = null, string? unitCode = null)
    {
        var property = new JsonObject { ["type"] = "Property", ["value"] = value };
        if (observedAt is { } at)
        {
            property["observedAt"] = FormatInstant(at);
        }

        if (unitCode is not null)
        {
            property["unitCode"] = unitCode;
        }

        return property;
    }

    /// <summary>A DateTime-valued Property, typed as JSON-LD requires so it is not read as a plain string.</summary>
    public static JsonObject DateTimeProperty(long unixMilliseconds) =>
        Property(new JsonObject { ["@type"] = "DateTime", ["@value"] = FormatInstant(unixMilliseconds) });

    public static JsonObject GeoProperty(GeoPoint point, long? observedAt = null)
    {
        var value = new JsonObject { ["type"] = "Point", ["coordinates"] = new JsonArray(point.Longitude, point.Latitude) };
        var property = new JsonObject { ["type"] = "GeoProperty", ["value"] = value };
        if (observedAt is { } at)
        {
            property["observedAt"] = FormatInstant(at);
        }

        return property;
    }

    /// <summary>A telemetry value as JSON: numbers, booleans, strings, or the object a device sent.</summary>
    public static JsonNode? From(TelemetryValue value) => value.Kind switch
    {
        TelemetryValueKind.Number => JsonValue.Create(value.Number),
        TelemetryValueKind.Boolean => JsonValue.Create(value.Number != 0),
        TelemetryValueKind.Json => ParseOrText(value.Text ?? "null"),
        _ => JsonValue.Create(value.Text ?? string.Empty),
    };

    private static JsonNode? ParseOrText(string json)
    {
        try
        {
            return JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return JsonValue.Create(json);
        }
    }
}
