using System.Globalization;
using System.Text;

namespace Polis.Benchmarks;

/// <summary>
/// Payloads of a given shape and size. Small is one typical sensor message (2 readings); large is
/// 100 readings (the array shape: 10 entries of 10 keys). Values are numbers in [0, 100).
/// </summary>
public static class Payloads
{
    public static byte[] Create(PayloadShape shape, bool large, long timestamp)
    {
        var json = shape switch
        {
            PayloadShape.Flat => Values(large ? 100 : 2, 0),
            PayloadShape.Timestamped => Entry(timestamp, large ? 100 : 2, 0),
            _ => "[" + string.Join(',', Enumerable.Range(0, large ? 10 : 2).Select(i => Entry(timestamp - i * 1000, large ? 10 : 1, i))) + "]",
        };
        return Encoding.UTF8.GetBytes(json);
    }

    /// <summary>Key names the payloads use, so a profile can define ranges for them.</summary>
    public static string Key(int index) => index switch
    {
        0 => "temperature",
        1 => "humidity",
        _ => string.Create(CultureInfo.InvariantCulture, $"sensor_{index}"),
    };

    private static string Entry(long ts, int keys, int seed) =>
        string.Create(CultureInfo.InvariantCulture, $"{{\"ts\":{ts},\"values\":{Values(keys, seed)}}}");

    private static string Values(int keys, int seed) =>
        "{" + string.Join(',', Enumerable.Range(0, keys).Select(k =>
            string.Create(CultureInfo.InvariantCulture, $"\"{Key(k)}\":{(seed * 7 + k * 13) % 100 + 0.5}"))) + "}";
}
