using System.Text.Json;
using System.Text.Json.Nodes;
using Polis.Contracts.Telemetry;

namespace Polis.Platform.Devices.Api;

/// <summary>Turns stored values back into the JSON types the device sent.</summary>
public static class JsonValues
{
    public static JsonNode? From(TelemetryValue value) => value.Kind switch
    {
        TelemetryValueKind.Number => JsonValue.Create(value.Number),
        TelemetryValueKind.Boolean => JsonValue.Create(value.Number != 0),
        TelemetryValueKind.Text => JsonValue.Create(value.Text),
        _ => ParseOrText(value.Text ?? "null"),
    };

    public static JsonNode? ParseOrText(string json)
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
