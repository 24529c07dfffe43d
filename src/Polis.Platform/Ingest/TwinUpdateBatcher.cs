using System.Collections.Concurrent;
using Polis.Contracts.Devices;
using Polis.Contracts.Telemetry;

namespace Polis.Platform.Ingest;

/// <summary>
/// Coalesces twin updates: at most one <see cref="IDeviceGrain.OnTelemetryAsync"/> call per device is in flight;
/// readings that become durable meanwhile wait and go in the next call, together. Each caller's task completes
/// once a call carrying its readings has returned, so an ingest that awaits it still acknowledges only after the
/// twin shows the readings, while a burst of messages from one device costs one grain call, not one each
/// (the grain call was the largest single CPU cost per message once commits were shared).
/// </summary>
internal sealed class TwinUpdateBatcher(IGrainFactory grains, Action<string, Exception> onFailed)
{
    private readonly ConcurrentDictionary<string, DeviceBatch> _devices = new(StringComparer.Ordinal);

    public Task UpdateAsync(string deviceId, IReadOnlyList<TelemetryPoint> points, long receivedAt)
    {
        var batch = _devices.GetOrAdd(deviceId, static _ => new DeviceBatch());
        Task done;
        var start = false;
        lock (batch)
        {
            // Points keep the order in which their writes completed; the twin keeps the newest timestamp per key.
            batch.Points.AddRange(points);
            batch.ReceivedAt = Math.Max(batch.ReceivedAt, receivedAt);
            batch.Done ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            done = batch.Done.Task;
            if (!batch.Running)
            {
                batch.Running = true;
                start = true;
            }
        }

        if (start)
        {
            _ = SendAsync(deviceId, batch);
        }

        return done;
    }

    /// <summary>Drops a deleted device's entry unless a call is still in flight (that one ends by itself).</summary>
    public void Forget(string deviceId)
    {
        if (_devices.TryGetValue(deviceId, out var batch))
        {
            lock (batch)
            {
                if (!batch.Running)
                {
                    _devices.TryRemove(new KeyValuePair<string, DeviceBatch>(deviceId, batch));
                }
            }
        }
    }

    private async Task SendAsync(string deviceId, DeviceBatch batch)
    {
        while (true)
        {
            List<TelemetryPoint> points;
            TaskCompletionSource done;
            long receivedAt;
            lock (batch)
            {
                if (batch.Points.Count == 0)
                {
                    batch.Running = false;
                    return;
                }

                (points, batch.Points) = (batch.Points, []);
                (done, batch.Done) = (batch.Done!, null);
                receivedAt = batch.ReceivedAt;
            }

            try
            {
                await grains.GetGrain<IDeviceGrain>(deviceId).OnTelemetryAsync(points, receivedAt);
            }
            catch (Exception ex)
            {
                // As before: the readings are durable; a twin that missed them catches up from the store.
                onFailed(deviceId, ex);
            }

            done.SetResult();
        }
    }

    private sealed class DeviceBatch
    {
        public List<TelemetryPoint> Points { get; set; } = [];

        public TaskCompletionSource? Done { get; set; }

        public long ReceivedAt { get; set; }

        public bool Running { get; set; }
    }
}
