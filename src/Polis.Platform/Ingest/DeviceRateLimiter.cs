using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

using Polis.Platform.Devices;

namespace Polis.Platform.Ingest;

/// <summary>
/// A token bucket per device, so one flooding device is slowed down without touching the others.
/// Buckets live in memory on the node that holds the device's connection.
/// </summary>
public sealed class DeviceRateLimiter(IOptions<GatewayOptions> options, TimeProvider timeProvider) : IDeviceChangeObserver
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly double _ratePerSecond = options.Value.MessagesPerSecond;
    private readonly double _capacity = options.Value.BurstMessages;

    /// <summary>Takes one message from the device's bucket; false when it is empty.</summary>
    public bool TryAcquire(string deviceId, out TimeSpan retryAfter)
    {
        var bucket = _buckets.GetOrAdd(deviceId, static (_, capacity) => new Bucket(capacity), _capacity);
        var now = timeProvider.GetTimestamp();
        lock (bucket)
        {
            if (bucket.LastRefill != 0)
            {
                var elapsed = timeProvider.GetElapsedTime(bucket.LastRefill, now).TotalSeconds;
                bucket.Tokens = Math.Min(_capacity, bucket.Tokens + (elapsed * _ratePerSecond));
            }

            bucket.LastRefill = now;
            if (bucket.Tokens >= 1)
            {
                bucket.Tokens -= 1;
                retryAfter = TimeSpan.Zero;
                return true;
            }

            retryAfter = TimeSpan.FromSeconds((1 - bucket.Tokens) / _ratePerSecond);
            return false;
        }
    }

    public void OnDeviceChanged(string deviceId, bool deleted)
    {
        if (deleted)
        {
            _buckets.TryRemove(deviceId, out _);
        }
    }

    private sealed class Bucket(double tokens)
    {
        public double Tokens { get; set; } = tokens;

        public long LastRefill { get; set; }
    }
}
