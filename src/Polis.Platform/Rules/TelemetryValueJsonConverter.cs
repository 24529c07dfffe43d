using System.Text.Json;
using System.Text.Json.Serialization;
using Polis.Contracts.Telemetry;

namespace Polis.Platform.Rules;

/// <summary>
/// A rule's comparison value as a plain JSON scalar (<c>35</c>, <c>true</c>, <c>"open"</c>), the way devices
/// send it, rather than the record's own {kind, number, text} shape.
/// </summary>
internal sealed class TelemetryValueJsonConverter : JsonConverter<TelemetryValue>
{
    public override TelemetryValue Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType switch
        {
            JsonTokenType.Number when reader.TryGetDouble(out var number) && double.IsFinite(number) => TelemetryValue.FromNumber(number),
            JsonTokenType.Number => throw new JsonException("The number is out of range."),
            JsonTokenType.True => TelemetryValue.FromBoolean(true),
            JsonTokenType.False => TelemetryValue.FromBoolean(false),
            JsonTokenType.String => TelemetryValue.FromString(reader.GetString()!),
            _ => throw new JsonException("The value must be a number, a boolean or a string."),
        };

    public override void Write(Utf8JsonWriter writer, TelemetryValue value, JsonSerializerOptions options)
    {
        switch (value.Kind)
        {
            case TelemetryValueKind.Number:
                writer.WriteNumberValue(value.Number);
                break;
            case TelemetryValueKind.Boolean:
                writer.WriteBooleanValue(value.Number != 0);
                break;
            default:
                writer.WriteStringValue(value.Text);
                break;
        }
    }
}
