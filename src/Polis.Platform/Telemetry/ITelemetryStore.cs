using Polis.Contracts.Telemetry;

namespace Polis.Platform.Telemetry;

/// <summary>
/// Time-series storage of telemetry: raw points, rollups at 1 min, 1 h and 1 day (count, sum, min, max,
/// last) maintained on ingest, the latest point per (device, key) and each device's last activity.
/// SQLite implements it for the embedded default, PostgreSQL for clusters.
/// </summary>
public interface ITelemetryStore
{
    /// <summary>
    /// Appends points of one device. The task completes only once the points are durable (group commit),
    /// so a caller may acknowledge the device afterwards. Points already stored for the same
    /// (device, key, ts) are ignored and do not count twice in rollups. Also records
    /// <paramref name="receivedAt"/> as the device's last activity.
    /// </summary>
    Task<AppendResult> AppendAsync(string deviceId, IReadOnlyList<TelemetryPoint> points, long receivedAt, CancellationToken cancellationToken = default);

    /// <summary>Records activity without telemetry (a connection, an attribute report); made durable with the next commit.</summary>
    Task TouchAsync(string deviceId, long at, CancellationToken cancellationToken = default);

    Task<long?> GetLastActivityAsync(string deviceId, CancellationToken cancellationToken = default);

    /// <summary>The latest point of every key of one device.</summary>
    Task<IReadOnlyList<TelemetryPoint>> GetLatestAsync(string deviceId, CancellationToken cancellationToken = default);

    /// <summary>The latest points of many devices at once, optionally only some keys.</summary>
    Task<IReadOnlyList<DeviceLatest>> GetLatestAsync(IReadOnlyCollection<string> deviceIds, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken = default);

    /// <summary>Raw points of one key in [from, to), oldest first unless <paramref name="newestFirst"/>.</summary>
    Task<IReadOnlyList<TelemetryPoint>> GetRawAsync(string deviceId, string key, long from, long to, int limit, bool newestFirst, CancellationToken cancellationToken = default);

    /// <summary>Buckets with at least one value, in ascending order of start.</summary>
    Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes all telemetry and activity of a device.</summary>
    Task DeleteDeviceAsync(string deviceId, CancellationToken cancellationToken = default);

    /// <summary>Deletes what is older than each tier's retention; returns the number of rows removed.</summary>
    Task<long> ApplyRetentionAsync(long now, CancellationToken cancellationToken = default);

    TelemetryStoreStats Stats { get; }
}
