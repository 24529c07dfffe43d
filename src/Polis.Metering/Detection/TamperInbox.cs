using System.Threading.Channels;

namespace Polis.Metering.Detection;

/// <summary>
/// The queue between the ingest hook (<see cref="TamperObserver"/>) and <see cref="DetectionService"/>: bounded, so a
/// flood of tamper flags cannot grow memory; a full queue drops the newest report (the device repeats its flags in
/// later messages, and its telemetry keeps every one).
/// </summary>
public sealed class TamperInbox
{
    private readonly Channel<TamperReport> _channel = Channel.CreateBounded<TamperReport>(new BoundedChannelOptions(10_000)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public bool TryEnqueue(TamperReport report) => _channel.Writer.TryWrite(report);

    public ChannelReader<TamperReport> Reader => _channel.Reader;
}
