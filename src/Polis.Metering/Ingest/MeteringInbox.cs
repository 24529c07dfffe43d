using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Polis.Metering.Ingest;

/// <summary>
/// The bounded hand-off between the ingest path and <see cref="MeterReadIngestService"/>. Writers never wait: when the
/// service is behind by <see cref="MeteringIngestOptions.QueueCapacity"/> calls, further readings are set aside as
/// "missed from this instant" per device and back-filled from the telemetry store, so none is lost.
/// </summary>
public sealed class MeteringInbox(IOptions<MeteringIngestOptions> options)
{
    private readonly Channel<DeviceRegisterReadings> _channel = Channel.CreateBounded<DeviceRegisterReadings>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly ConcurrentDictionary<string, long> _missed = new(StringComparer.Ordinal);

    public ChannelReader<DeviceRegisterReadings> Reader => _channel.Reader;

    public bool TryEnqueue(DeviceRegisterReadings readings) => _channel.Writer.TryWrite(readings);

    /// <summary>Remembers that a device's readings from <paramref name="fromMs"/> (Unix ms) on were not queued.</summary>
    public void NoteMissed(string deviceId, long fromMs) => _missed.AddOrUpdate(deviceId, fromMs, (_, earlier) => Math.Min(earlier, fromMs));

    /// <summary>Takes the devices with missed readings and the instant each one's gap starts.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> TakeMissed()
    {
        var taken = new List<KeyValuePair<string, long>>();
        foreach (var deviceId in _missed.Keys)
        {
            if (_missed.TryRemove(deviceId, out var from))
            {
                taken.Add(new(deviceId, from));
            }
        }

        return taken;
    }
}
