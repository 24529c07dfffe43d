using Microsoft.AspNetCore.Connections;

namespace Polis.Gateway.Mqtt;

/// <summary>MQTT over WebSockets at <c>/mqtt</c>: the same broker entry as TCP, tagged "ws".</summary>
internal sealed class MqttWebSocketConnectionHandler(GatewayServerAdapter adapter) : ConnectionHandler
{
    public const string Transport = "ws";

    public override Task OnConnectedAsync(ConnectionContext connection) => adapter.HandleConnectionAsync(connection, Transport);
}
