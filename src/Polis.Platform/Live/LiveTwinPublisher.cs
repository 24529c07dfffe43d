using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Logging;
using Polis.Contracts.Telemetry;
using Polis.Platform.Devices;
using Polis.Platform.Devices.Api;
using Polis.Platform.Ingest;

namespace Polis.Platform.Live;

/// <summary>
/// Sends twin changes to matching live clients. Costs nothing while nobody is subscribed; otherwise the
/// device's district and location come from a cache (refreshed each minute and when the device is updated),
/// not a registry read per reading.
/// Node-local: a cluster deployment needs a broadcast between nodes (Orleans broadcast channel).
/// </summary>
public sealed partial class LiveTwinPublisher(
    LiveSubscriptions subscriptions, IHubContext<LiveHub> hub, IDeviceRegistryStore registry, TimeProvider timeProvider, ILogger<LiveTwinPublisher> logger) : IReadingObserver, IDeviceChangeObserver
{
    private static readonly TimeSpan CacheLifetime = TimeSpan.FromMinutes(1);
    private readonly ConcurrentDictionary<string, (string? District, GeoPoint? Location, long CachedAt)> _devices = new(StringComparer.Ordinal);

    /// <summary>
    /// Schedules the update and returns at once: the ingest path acknowledges devices and must never wait
    /// for a slow browser. Free when nobody is subscribed.
    /// </summary>
    public void OnReadings(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points)
    {
        if (!subscriptions.IsEmpty)
        {
            _ = PublishOrLogAsync(deviceId, profileId, points);
        }
    }

    /// <summary>A moved or re-districted device is filtered by its new place from the next reading on.</summary>
    public void OnDeviceChanged(string deviceId, bool deleted) => _devices.TryRemove(deviceId, out _);

    public async Task PublishAsync(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points, CancellationToken cancellationToken = default)
    {
        if (subscriptions.IsEmpty)
        {
            return;
        }

        var (district, location) = await DescribeAsync(deviceId, cancellationToken);
        var targets = subscriptions.All.Where(s => s.Filter.Matches(deviceId, profileId, district, location)).Select(s => s.ConnectionId).ToList();
        if (targets.Count == 0)
        {
            return;
        }

        var values = new Dictionary<string, TimedValue>(StringComparer.Ordinal);
        foreach (var point in points)
        {
            if (!values.TryGetValue(point.Key, out var existing) || point.Timestamp >= existing.Ts)
            {
                values[point.Key] = new TimedValue(point.Timestamp, JsonValues.From(point.Value));
            }
        }

        await hub.Clients.Clients(targets).SendAsync("twin", new LiveTwinMessage(deviceId, profileId, district, values), cancellationToken);
    }

    private async Task PublishOrLogAsync(string deviceId, string profileId, IReadOnlyList<TelemetryPoint> points)
    {
        try
        {
            await PublishAsync(deviceId, profileId, points);
        }
        catch (Exception ex)
        {
            LogPublishFailed(logger, deviceId, ex);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Live update of device {DeviceId} could not be sent")]
    private static partial void LogPublishFailed(ILogger logger, string deviceId, Exception exception);

    private async Task<(string? District, GeoPoint? Location)> DescribeAsync(string deviceId, CancellationToken cancellationToken)
    {
        if (_devices.TryGetValue(deviceId, out var cached) && timeProvider.GetElapsedTime(cached.CachedAt) < CacheLifetime)
        {
            return (cached.District, cached.Location);
        }

        var device = await registry.GetDeviceAsync(deviceId, cancellationToken);
        _devices[deviceId] = (device?.District, device?.Location, timeProvider.GetTimestamp());
        return (device?.District, device?.Location);
    }
}
