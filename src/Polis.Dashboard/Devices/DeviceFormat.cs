using System.Globalization;
using System.Text.Json.Nodes;

namespace Polis.Dashboard.Devices;

/// <summary>How times and values read on the device pages (UTC, invariant culture, like the alarm pages).</summary>
public static class DeviceFormat
{
    /// <summary>A Unix-ms instant as "yyyy-MM-dd HH:mm:ss", or "never".</summary>
    public static string Time(long? unixMs) =>
        unixMs is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture) : "never";

    public static string Json(JsonNode? node) => node?.ToJsonString() ?? "null";

    public static string Number(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);
}
