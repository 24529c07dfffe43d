using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Polis.LoadTest;

/// <summary>The few JSON bodies of the RPC mode, written and read without building documents.</summary>
public static class RpcJson
{
    /// <summary>What the device receives: <c>{"method":"echo","params":{"seq":N}}</c> (ThingsBoard's request shape).</summary>
    public static byte[] DeviceRequest(long seq) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"method\":\"echo\",\"params\":{{\"seq\":{seq}}}}}"));

    /// <summary>What the caller posts to Polis: the device request plus the two-way timeout.</summary>
    public static byte[] ApiRequest(long seq, TimeSpan timeout) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{{\"method\":\"echo\",\"params\":{{\"seq\":{seq}}},\"timeout\":{(long)timeout.TotalMilliseconds}}}"));

    /// <summary>The device's answer: <c>{"ok":true,"echo":N}</c>.</summary>
    public static byte[] Answer(long seq) =>
        Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{{\"ok\":true,\"echo\":{seq}}}"));

    /// <summary>The first integer property called <paramref name="name"/> at any depth; null when absent or not JSON.</summary>
    public static long? ReadInt64(ReadOnlySequence<byte> json, string name)
    {
        try
        {
            var reader = new Utf8JsonReader(json);
            while (reader.Read())
            {
                if (reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals(name)
                    && reader.Read() && reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out var value))
                {
                    return value;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: no value.
        }

        return null;
    }

    public static long? ReadInt64(ReadOnlySpan<byte> json, string name) => ReadInt64(new ReadOnlySequence<byte>(json.ToArray()), name);
}
