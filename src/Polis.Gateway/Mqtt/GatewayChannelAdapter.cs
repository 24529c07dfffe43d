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
/// </summary>
internal sealed class GatewayChannelAdapter(IMqttChannelAdapter inner, GatewayConnection connection) : IMqttChannelAdapter
{
    private bool _connectSeen;

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
        var packet = await inner.ReceivePacketAsync(cancellationToken).ConfigureAwait(false);
        if (!_connectSeen && packet is MqttConnectPacket connect)
        {
            _connectSeen = true;
            FixUp(connect, inner.PacketFormatterAdapter.ProtocolVersion);
        }

        return packet;
    }

    public void ResetStatistics() => inner.ResetStatistics();

    public Task SendPacketAsync(MqttPacket packet, CancellationToken cancellationToken) => inner.SendPacketAsync(packet, cancellationToken);

    public void Dispose() => inner.Dispose();

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
