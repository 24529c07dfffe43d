using System.Text.Json;
using System.Text.Json.Serialization;

namespace Polis.Metering.Tariffs;

/// <summary>Reads and writes <see cref="ClockTime"/> as "HH:mm".</summary>
public sealed class ClockTimeJsonConverter : JsonConverter<ClockTime>
{
    public override ClockTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return ClockTime.TryParse(text, out var time)
            ? time
            : throw new JsonException($"A clock time is written \"HH:mm\" from \"00:00\" to \"24:00\"; got {(text is null ? reader.TokenType.ToString() : $"\"{text}\"")}.");
    }

    public override void Write(Utf8JsonWriter writer, ClockTime value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStringValue(value.ToString());
    }
}
