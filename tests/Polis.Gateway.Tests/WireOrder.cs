using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Diagnostics.PacketInspection;

namespace Polis.Gateway.Tests;

/// <summary>
/// Packet ids of QoS 1 PUBLISH packets as the client wrote them and of PUBACKs as it read them, in wire order
/// (completion order of the client's publish tasks is not: their continuations race).
/// </summary>
internal sealed class WireOrder
{
    private readonly ConcurrentQueue<int> _published = new();
    private readonly ConcurrentQueue<int> _acked = new();

    public WireOrder(IMqttClient client) => client.InspectPacketAsync += OnPacketAsync;

    public IReadOnlyList<int> Published => [.. _published];

    public IReadOnlyList<int> Acked => [.. _acked];

    private Task OnPacketAsync(InspectMqttPacketEventArgs e)
    {
        var buffer = e.Buffer;
        var type = buffer[0] >> 4;
        var body = 1;
        while ((buffer[body++] & 0x80) != 0)
        {
            // remaining-length bytes
        }

        if (e.Direction == MqttPacketFlowDirection.Outbound && type == 3 && (buffer[0] & 0x06) != 0)
        {
            var topicLength = (buffer[body] << 8) | buffer[body + 1];
            var id = body + 2 + topicLength;
            _published.Enqueue((buffer[id] << 8) | buffer[id + 1]);
        }
        else if (e.Direction == MqttPacketFlowDirection.Inbound && type == 4)
        {
            _acked.Enqueue((buffer[body] << 8) | buffer[body + 1]);
        }

        return Task.CompletedTask;
    }
}
