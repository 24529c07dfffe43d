using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using MQTTnet.Adapter;
using MQTTnet.Packets;

namespace Polis.Gateway.Mqtt;

/// <summary>
/// Reads an authenticated connection's packets ahead of MQTTnet, which awaits each PUBLISH's handler before it
/// reads the next packet. Every PUBLISH read here starts its ingest at once, in read order, so up to
/// <c>window</c> messages of one connection share a group commit; MQTTnet still handles the packets one by one
/// in order and sends each PUBACK only after its own ingest completed. The window counts packets read from the
/// socket that MQTTnet has not finished with (its next receive call means it has finished the previous one).
/// </summary>
internal sealed class PublishReadAhead : IDisposable
{
    private readonly IMqttChannelAdapter _inner;
    private readonly GatewayConnection _connection;
    private readonly MqttPublishHandler _publishes;
    private readonly SemaphoreSlim _slots;
    private readonly Channel<Item> _queue = Channel.CreateUnbounded<Item>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _stop = new();
    private readonly Dictionary<ushort, string> _topicAliases = [];
    private bool _handedOut;

    public PublishReadAhead(IMqttChannelAdapter inner, GatewayConnection connection, MqttPublishHandler publishes, int window)
    {
        _inner = inner;
        _connection = connection;
        _publishes = publishes;
        _slots = new SemaphoreSlim(window, window);
        Completion = Task.Run(ReadLoopAsync);
    }

    /// <summary>Ends when the loop stops reading; it never faults (errors go to MQTTnet through the queue).</summary>
    public Task Completion { get; }

    public async Task<MqttPacket> ReceivePacketAsync(CancellationToken cancellationToken)
    {
        if (_handedOut)
        {
            _handedOut = false;
            _slots.Release(); // MQTTnet is done with the packet it had: PUBACK queued, handler returned
        }

        var item = await _queue.Reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        if (item.Error is { } error)
        {
            ExceptionDispatchInfo.Throw(error); // the read failure, in order behind the packets read before it
        }

        _handedOut = true;
        return item.Packet!;
    }

    public void Dispose()
    {
        try
        {
            _stop.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already disposed.
        }
    }

    private async Task ReadLoopAsync()
    {
        var cancellationToken = _stop.Token;
        try
        {
            while (true)
            {
                await _slots.WaitAsync(cancellationToken).ConfigureAwait(false);
                var packet = await _inner.ReceivePacketAsync(cancellationToken).ConfigureAwait(false);
                if (packet is MqttPublishPacket publish)
                {
                    await _publishes.StartAheadAsync(_connection, publish, ResolveTopic(publish)).ConfigureAwait(false);
                }

                _queue.Writer.TryWrite(new Item(packet, null));
                if (packet is null or MqttDisconnectPacket)
                {
                    return; // nothing may follow a DISCONNECT; MQTTnet ends the session when it gets there
                }
            }
        }
        catch (Exception ex)
        {
            // Closed socket, protocol error, oversized packet, or the adapter disposed: MQTTnet sees the error
            // after the packets read before it. The inner adapter has completed its output, so no PUBACK can go
            // out any more: the handler stops waiting (the ingests themselves run to completion).
            _connection.Publishes.EndInput();
            _queue.Writer.TryWrite(new Item(null, ex));
        }
        finally
        {
            _queue.Writer.TryComplete();
        }
    }

    // MQTT 5 topic aliases, resolved the way MQTTnet resolves them when it handles the packet later.
    private string? ResolveTopic(MqttPublishPacket publish)
    {
        if (publish.TopicAlias == 0)
        {
            return publish.Topic;
        }

        if (!string.IsNullOrEmpty(publish.Topic))
        {
            _topicAliases[publish.TopicAlias] = publish.Topic;
            return publish.Topic;
        }

        return _topicAliases.GetValueOrDefault(publish.TopicAlias);
    }

    private readonly record struct Item(MqttPacket? Packet, Exception? Error);
}
