using System.Text.Json;
using Polis.Contracts.Telemetry;

namespace Polis.Platform.Ingest;

/// <summary>
/// Parses the telemetry shapes ThingsBoard firmware sends: <c>{"k":v,…}</c> (stamped with the receive
/// time), <c>{"ts":ms,"values":{…}}</c>, or an array mixing both. Values may be numbers, booleans,
/// strings or JSON objects/arrays; null is refused because it carries no reading.
/// </summary>
public static class TelemetryPayloadParser
{
    private const int MaxKeyLength = 128;

    private static readonly JsonDocumentOptions DocumentOptions = new() { MaxDepth = 16 };

    public static ParseOutcome Parse(ReadOnlyMemory<byte> payload, long receivedAt, int maxKeys)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(payload, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return ParseOutcome.Fail(RejectionReason.MalformedPayload, $"Payload is not valid JSON: {ex.Message}");
        }

        using (document)
        {
            var points = new List<TelemetryPoint>();
            var root = document.RootElement;
            var error = root.ValueKind switch
            {
                JsonValueKind.Object => ReadEntry(root, receivedAt, points),
                JsonValueKind.Array => ReadArray(root, receivedAt, points),
                _ => Malformed("Telemetry must be a JSON object or an array of objects."),
            };

            if (error is { } failure)
            {
                return failure;
            }

            if (points.Count == 0)
            {
                return ParseOutcome.Fail(RejectionReason.MalformedPayload, "Telemetry contains no values.");
            }

            return points.Count > maxKeys
                ? ParseOutcome.Fail(RejectionReason.MalformedPayload, $"Telemetry has {points.Count} values; at most {maxKeys} are accepted in one message.")
                : ParseOutcome.Ok(points);
        }
    }

    private static ParseOutcome? ReadArray(JsonElement array, long receivedAt, List<TelemetryPoint> points)
    {
        foreach (var entry in array.EnumerateArray())
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                return Malformed("Each element of a telemetry array must be a JSON object.");
            }

            var error = ReadEntry(entry, receivedAt, points);
            if (error is not null)
            {
                return error;
            }
        }

        return null;
    }

    private static ParseOutcome? ReadEntry(JsonElement entry, long receivedAt, List<TelemetryPoint> points)
    {
        if (entry.TryGetProperty("ts", out var ts) && entry.TryGetProperty("values", out var values))
        {
            if (ts.ValueKind != JsonValueKind.Number || !ts.TryGetInt64(out var timestamp))
            {
                return Malformed("\"ts\" must be an integer number of milliseconds since the Unix epoch.");
            }

            return values.ValueKind == JsonValueKind.Object
                ? ReadValues(values, timestamp, points)
                : Malformed("\"values\" must be a JSON object of key to value.");
        }

        return ReadValues(entry, receivedAt, points);
    }

    private static ParseOutcome? ReadValues(JsonElement values, long timestamp, List<TelemetryPoint> points)
    {
        foreach (var property in values.EnumerateObject())
        {
            var key = property.Name;
            if (key.Length is 0 or > MaxKeyLength || key.Any(char.IsControl))
            {
                return Malformed($"Key \"{Truncate(key)}\" is invalid: keys are 1 to {MaxKeyLength} printable characters.");
            }

            TelemetryValue value;
            switch (property.Value.ValueKind)
            {
                case JsonValueKind.Number:
                    var number = property.Value.GetDouble();
                    if (!double.IsFinite(number))
                    {
                        return Invalid($"Value of \"{key}\" is not a finite number.");
                    }

                    value = TelemetryValue.FromNumber(number);
                    break;
                case JsonValueKind.True:
                case JsonValueKind.False:
                    value = TelemetryValue.FromBoolean(property.Value.GetBoolean());
                    break;
                case JsonValueKind.String:
                    value = TelemetryValue.FromString(property.Value.GetString()!);
                    break;
                case JsonValueKind.Object:
                case JsonValueKind.Array:
                    value = TelemetryValue.FromJson(property.Value.GetRawText());
                    break;
                default:
                    return Invalid($"Value of \"{key}\" is null; send a number, boolean, string or JSON object.");
            }

            points.Add(new TelemetryPoint(key, timestamp, value));
        }

        return null;
    }

    private static ParseOutcome Malformed(string detail) => ParseOutcome.Fail(RejectionReason.MalformedPayload, detail);

    private static ParseOutcome Invalid(string detail) => ParseOutcome.Fail(RejectionReason.InvalidValue, detail);

    private static string Truncate(string key) => key.Length > 40 ? key[..40] + "…" : key;
}
