using System.Net;
using System.Security.Cryptography.X509Certificates;
using MQTTnet.Adapter;
using MQTTnet.Formatter;
using MQTTnet.Packets;

namespace Polis.Gateway.Mqtt;

/// <summary>
/// Wraps MQTTnet's channel to fix up CONNECT before the broker sees it: MQTT 3.1.1 allows an empty client id
/// with a clean session (MQTTnet 5.2 refuses it, so one is assigned here), and clean start is forced so every
/// connection gets a fresh session: Polis keeps nothing in broker sessions (offline commands wait in the
/// platform), and a reused session would carry the previous connection's items and subscriptions.
/// Once the device is authenticated, packets are read through a <see cref="PublishReadAhead"/> so that one
/// connection's messages share group commits.
/// </summary>
internal sealed class GatewayChannelAdapter(IMqttChannelAdapter inner, GatewayConnection connection, MqttPublishHandler publishes, int publishWindow)
    : IMqttChannelAdapter
{
    private bool _connectSeen;
    private PublishReadAhead? _readAhead;

    public GatewayConnection Connection { get; } = connection;

    public long BytesReceived => inner.BytesReceived;

    public long BytesSent => inner.BytesSent;

    public X509Certificate2 ClientCertificate => inner.ClientCertificate;

    public EndPoint RemoteEndPoint => inner.RemoteEndPoint;

    public EndPoint LocalEndPoint => inner.LocalEndPoint;

    public bool IsSecureConnection => inner.IsSecureConnection;

    public MqttPacketFormatterAdapter PacketFormatterAdapter => inner.PacketFormatterAdapter;

    public Task ConnectAsync(CancellationToken cancellationToken) => inner.ConnectAsync(cancellationToken);

    public Task DisconnectAsync(CancellationToken cancellationToken) => inner.DisconnectAsync(cancellationToken);

    public async Task<MqttPacket> ReceivePacketAsync(CancellationToken cancellationToken)
    {
        // MQTTnet reads CONNECT (and AUTH) itself, then, once the connection is accepted, receives from its own
        // loop: from that first receive on, the read-ahead owns the inner adapter's input.
        if (_readAhead is null && Connection.Device is not null && publishWindow > 1)
        {
            _readAhead = new PublishReadAhead(inner, Connection, publishes, publishWindow);
        }

        if (_readAhead is not null)
        {
            return await _readAhead.ReceivePacketAsync(cancellationToken).ConfigureAwait(false);
        }

        var packet = await inner.ReceivePacketAsync(cancellationToken).ConfigureAwait(false);
        if (!_connectSeen && packet is MqttConnectPacket connect)
        {
            _connectSeen = true;
            FixUp(connect, inner.PacketFormatterAdapter.ProtocolVersion);
        }

        return packet;
    }

    public void ResetStatistics() => inner.ResetStatistics();

    public Task SendPacketAsync(MqttPacket packet, CancellationToken cancellationToken)
    {
        // MQTTnet announces no Receive Maximum (65,535); the read-ahead window is the honest figure.
        if (packet is MqttConnAckPacket { ReceiveMaximum: 0 } connAck && inner.PacketFormatterAdapter.ProtocolVersion == MqttProtocolVersion.V500)
        {
            connAck.ReceiveMaximum = (ushort)publishWindow;
        }

        return inner.SendPacketAsync(packet, cancellationToken);
    }

    /// <summary>
    /// Stops the read-ahead and waits until it no longer touches the inner adapter, whose transport is released
    /// once the connection handler returns.
    /// </summary>
    public async Task StopReadAheadAsync()
    {
        if (_readAhead is { } readAhead)
        {
            readAhead.Dispose();
            await readAhead.Completion.ConfigureAwait(false);
        }
    }

    // The inner adapter belongs to whoever created it (the server adapter disposes it).
    public void Dispose() => _readAhead?.Dispose();

    private static void FixUp(MqttConnectPacket connect, MqttProtocolVersion version)
    {
        // MQTT 5 has its own assigned-client-identifier handshake (done at validation); 3.1.1 only allows an
        // empty id together with a clean session [MQTT-3.1.3-7/8], which stays refused otherwise.
        if (string.IsNullOrEmpty(connect.ClientId) && version != MqttProtocolVersion.V500 && connect.CleanSession)
        {
            connect.ClientId = NewClientId();
        }

        connect.CleanSession = true;
    }

    public static string NewClientId() => "polis-" + Guid.NewGuid().ToString("N");
}
