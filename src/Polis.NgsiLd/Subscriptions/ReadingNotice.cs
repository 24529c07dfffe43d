using Polis.Contracts.Telemetry;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// A device reported these keys, each with the timestamp of its latest point in the reading; queued from the
/// ingest path for the notifier, which compares the timestamps with the twin's to tell readings already superseded.
/// </summary>
public sealed record ReadingNotice(string DeviceId, string ProfileId, IReadOnlyDictionary<string, long> Keys)
{
    public static ReadingNotice Of(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        var keys = new Dictionary<string, long>(points.Count, StringComparer.Ordinal);
        foreach (var point in points)
        {
            keys[point.Key] = keys.TryGetValue(point.Key, out var at) ? Math.Max(at, point.Timestamp) : point.Timestamp;
        }

        return new ReadingNotice(deviceId, profileId, keys);
    }
}
