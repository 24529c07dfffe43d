using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Polis.NgsiLd.Subscriptions;

/// <summary>
/// The bounded hand-off between the ingest path and the notifier. Writers never wait: when the notifier
/// falls behind by <see cref="NgsiLdSubscriptionOptions.QueueCapacity"/> readings, further ones are refused.
/// </summary>
public sealed class ReadingInbox(IOptions<NgsiLdSubscriptionOptions> options)
{
    private readonly Channel<ReadingNotice> _channel = Channel.CreateBounded<ReadingNotice>(
        new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    public ChannelReader<ReadingNotice> Reader => _channel.Reader;

    public bool TryEnqueue(ReadingNotice notice) => _channel.Writer.TryWrite(notice);
}
