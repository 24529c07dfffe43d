using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Polis.Platform.Commands;

/// <summary>The ThingsBoard device-side topics and payloads of commands and shared attributes.</summary>
public static class RpcPayloads
{
    public const string AttributesTopic = "v1/devices/me/attributes";
    public const string RpcRequestTopicPrefix = "v1/devices/me/rpc/request/";
    public const string AttributesResponseTopicPrefix = "v1/devices/me/attributes/response/";

    public static string RequestTopic(int requestId) => RpcRequestTopicPrefix + requestId.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary><c>{"method":..,"params":..}</c>, what the device receives on its request topic.</summary>
    public static byte[] Request(string method, string paramsJson)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + paramsJson.Length);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("method", method);
            writer.WritePropertyName("params");
            writer.WriteRawValue(paramsJson, skipInputValidation: true); // validated when it was parsed from JSON
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A flat JSON object of key to raw JSON value: the shared-attribute push and the attribute response scopes.</summary>
    public static byte[] AttributesObject(IEnumerable<KeyValuePair<string, string>> valuesJson)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteObject(writer, valuesJson);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>ThingsBoard's push when shared attributes are deleted: <c>{"deleted":["a","b"]}</c>.</summary>
    public static byte[] Deleted(IEnumerable<string> keys) => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, IEnumerable<string>> { ["deleted"] = keys });

    /// <summary>
    /// The device's answer as JSON text: its payload when it is JSON, otherwise the payload as a JSON string
    /// (ThingsBoard passes non-JSON answers through as text).
    /// </summary>
    public static string Response(ReadOnlyMemory<byte> payload)
    {
        try
        {
            using var document = JsonDocument.Parse(payload, new JsonDocumentOptions { MaxDepth = 64 });
            return document.RootElement.GetRawText();
        }
        catch (JsonException)
        {
            return JsonSerializer.Serialize(Encoding.UTF8.GetString(payload.Span));
        }
    }

    internal static void WriteObject(Utf8JsonWriter writer, IEnumerable<KeyValuePair<string, string>> valuesJson)
    {
        writer.WriteStartObject();
        foreach (var (key, json) in valuesJson)
        {
            writer.WritePropertyName(key);
            writer.WriteRawValue(json, skipInputValidation: true); // stored attribute JSON, parsed when it was set
        }

        writer.WriteEndObject();
    }
}
