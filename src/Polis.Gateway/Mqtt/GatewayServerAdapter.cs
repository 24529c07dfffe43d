using System.IO.Pipelines;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.Extensions.Options;
using MQTTnet.Adapter;
using MQTTnet.AspNetCore;
using MQTTnet.Diagnostics.Logger;
using MQTTnet.Formatter;
using MQTTnet.Server;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Mqtt;

/// <summary>
/// The one entry of connections into the broker, whatever carried them (Kestrel TCP listener or the
/// <c>/mqtt</c> WebSocket endpoint): caps the packet size on the raw pipe, then hands MQTTnet's Kestrel
/// channel, wrapped, to the broker.
/// </summary>
internal sealed class GatewayServerAdapter(
    IOptions<GatewayOptions> gatewayOptions,
    IOptions<MqttOptions> mqttOptions,
    TransportRejections rejections,
    MqttPublishHandler publishes) : IMqttServerAdapter
{
    public Func<IMqttChannelAdapter, Task>? ClientHandler { get; set; }

    public Task StartAsync(MqttServerOptions options, IMqttNetLogger logger) => Task.CompletedTask;

    public Task StopAsync() => Task.CompletedTask;

    public void Dispose()
    {
    }

    public async Task HandleConnectionAsync(ConnectionContext connection, string transport)
    {
        var handler = ClientHandler;
        if (handler is null)
        {
            connection.Abort(); // broker not started (or stopping)
            return;
        }

        // Binary WebSocket frames, as MQTT over WebSockets requires (no-op for TCP).
        if (connection.Features.Get<ITransferFormatFeature>() is { } format)
        {
            format.ActiveFormat = TransferFormat.Binary;
        }

        var state = new GatewayConnection(transport);
        var maxPacket = gatewayOptions.Value.MaxPayloadBytes + mqttOptions.Value.PacketOverheadBytes;
        var guard = new PacketSizeGuardReader(connection.Transport.Input, maxPacket, () => rejections.Record(state.Transport, state.Device, RejectionReason.PayloadTooLarge));
        connection.Transport = new GuardedDuplexPipe(guard, connection.Transport.Output);

        var formatter = new MqttPacketFormatterAdapter(new MqttBufferWriter(4096, 64 * 1024));
        using var channel = new MqttConnectionContext(formatter, connection);
        using var adapter = new GatewayChannelAdapter(channel, state, publishes, mqttOptions.Value.PublishWindow);
        try
        {
            await handler(adapter).ConfigureAwait(false);
        }
        finally
        {
            await adapter.StopReadAheadAsync().ConfigureAwait(false);
            state.Publishes.Dispose();
        }
    }

    private sealed class GuardedDuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
