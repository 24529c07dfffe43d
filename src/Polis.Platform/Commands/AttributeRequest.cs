using System.Buffers;
using System.Text.Json;
using Polis.Contracts.Devices;

namespace Polis.Platform.Commands;

/// <summary>
/// ThingsBoard's attribute request: <c>{"clientKeys":"a,b","sharedKeys":"c,d"}</c>. A scope is answered when
/// its keys are named; with neither named (or an empty payload) both scopes are answered in full.
/// </summary>
public sealed record AttributeRequest(IReadOnlyList<string>? ClientKeys, IReadOnlyList<string>? SharedKeys)
{
    public static (AttributeRequest? Request, string? Error) Parse(ReadOnlyMemory<byte> payload)
    {
        if (payload.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            return (new AttributeRequest(null, null), null);
        }

        try
        {
            using var document = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = 4 });
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, "An attribute request is a JSON object: {\"clientKeys\":\"a,b\",\"sharedKeys\":\"c,d\"}.");
            }

            var (client, clientError) = Keys(document.RootElement, "clientKeys");
            var (shared, sharedError) = Keys(document.RootElement, "sharedKeys");
            var error = clientError ?? sharedError;
            return error is null ? (new AttributeRequest(client, shared), null) : (null, error);
        }
        catch (JsonException ex)
        {
            return (null, $"Payload is not valid JSON: {ex.Message}");
        }
    }

    /// <summary><c>{"client":{...},"shared":{...}}</c> with the requested keys the twin has.</summary>
    public byte[] Answer(DeviceTwin twin)
    {
        ArgumentNullException.ThrowIfNull(twin);
        var all = ClientKeys is null && SharedKeys is null;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (all || ClientKeys is not null)
            {
                writer.WritePropertyName("client");
                RpcPayloads.WriteObject(writer, Select(twin.ClientAttributes, ClientKeys));
            }

            if (all || SharedKeys is not null)
            {
                writer.WritePropertyName("shared");
                RpcPayloads.WriteObject(writer, Select(twin.SharedAttributes, SharedKeys));
            }

            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    private static IEnumerable<KeyValuePair<string, string>> Select(IReadOnlyDictionary<string, AttributeValue> values, IReadOnlyList<string>? keys) =>
        keys is null
            ? values.Select(v => KeyValuePair.Create(v.Key, v.Value.Json))
            : keys.Distinct(StringComparer.Ordinal).Where(values.ContainsKey).Select(k => KeyValuePair.Create(k, values[k].Json));

    // ThingsBoard sends a comma-separated string; an array of strings is accepted too.
    private static (IReadOnlyList<string>? Keys, string? Error) Keys(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return (null, null);
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => (Split(value.GetString()!), null),
            JsonValueKind.Array when value.EnumerateArray().All(e => e.ValueKind == JsonValueKind.String) =>
                ([.. value.EnumerateArray().Select(e => e.GetString()!.Trim()).Where(k => k.Length > 0)], null),
            _ => (null, $"{name} is a comma-separated string of keys."),
        };
    }

    private static string[] Split(string keys) => keys.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
