using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Polis.Transit.Tracking;

/// <summary>
/// The bounded hand-off between the ingest path and the tracker. Writers never wait: when the tracker falls behind
/// by <see cref="TrackingOptions.QueueCapacity"/> readings, further ones are refused and counted. One reader keeps
/// each vehicle's reports in the order ingest saw them.
/// </summary>
public sealed class TrackingInbox(IOptions<TrackingOptions> options)
{
    private readonly Channel<VehicleReadings> _channel = Channel.CreateBounded<VehicleReadings>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<VehicleReadings> Reader => _channel.Reader;

    public bool TryEnqueue(VehicleReadings readings) => _channel.Writer.TryWrite(readings);
}
