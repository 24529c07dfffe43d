using System.Threading.Channels;
using Polis.Contracts.Telemetry;
using Polis.Platform.Telemetry;

namespace Polis.Storage.Sqlite.Tests.Telemetry;

/// <summary>Records the "now" of every retention call; nothing else is used by the retention service.</summary>
internal sealed class RecordingTelemetryStore : ITelemetryStore
{
    public Channel<long> RetentionCalls { get; } = Channel.CreateUnbounded<long>();

    public TelemetryStoreStats Stats => default;

    public Task<long> ApplyRetentionAsync(long now, CancellationToken cancellationToken = default)
    {
        RetentionCalls.Writer.TryWrite(now);
        return Task.FromResult(1L);
    }

    public Task<AppendResult> AppendAsync(string deviceId, IReadOnlyList<TelemetryPoint> points, long receivedAt, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task TouchAsync(string deviceId, long at, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<long?> GetLastActivityAsync(string deviceId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<TelemetryPoint>> GetLatestAsync(string deviceId, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<DeviceLatest>> GetLatestAsync(IReadOnlyCollection<string> deviceIds, IReadOnlyCollection<string>? keys, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<TelemetryPoint>> GetRawAsync(string deviceId, string key, long from, long to, int limit, bool newestFirst, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<AggregateBucket>> AggregateAsync(AggregateRequest request, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DeleteDeviceAsync(string deviceId, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
