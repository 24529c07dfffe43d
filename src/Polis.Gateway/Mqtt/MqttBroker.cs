using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Server;
using Polis.Gateway.Sessions;

namespace Polis.Gateway.Mqtt;

/// <summary>Starts the MQTTnet broker with Polis's handlers, then the TCP listener; stops them in reverse.</summary>
internal sealed class MqttBroker(
    MqttServer server,
    MqttConnectionEvents connectionEvents,
    MqttPublishHandler publishHandler,
    MqttCommandTraffic commandTraffic,
    DeviceSessionRegistry sessions,
    MqttTcpListener tcpListener,
    IOptions<MqttOptions> options,
    ILogger<MqttBroker> logger) : IHostedService
{
    public static MqttServerOptions ServerOptions(MqttOptions options) => new MqttServerOptionsBuilder()
        .WithDefaultCommunicationTimeout(options.ConnectTimeout) // pre-CONNECT wait, DISCONNECT send
        .WithMaxPendingMessagesPerClient(options.MaxPendingMessagesPerClient)
        .WithPendingMessagesOverflowStrategy(MqttPendingMessagesOverflowStrategy.DropOldestQueuedMessage)
        .WithPersistentSessions(false)
        .WithoutDefaultEndpoint()
        .Build(); // no default endpoint: MQTTnet's own socket server stays off, Kestrel carries the bytes

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        server.ValidatingConnectionAsync += connectionEvents.OnValidatingConnectionAsync;
        server.ClientConnectedAsync += connectionEvents.OnClientConnectedAsync;
        server.ClientDisconnectedAsync += connectionEvents.OnClientDisconnectedAsync;
        server.InterceptingSubscriptionAsync += connectionEvents.OnInterceptingSubscriptionAsync;
        server.InterceptingUnsubscriptionAsync += MqttConnectionEvents.OnInterceptingUnsubscriptionAsync;
        server.InterceptingPublishAsync += publishHandler.OnInterceptingPublishAsync;
        server.ClientSubscribedTopicAsync += commandTraffic.OnSubscribedAsync;
        server.ClientAcknowledgedPublishPacketAsync += commandTraffic.OnAcknowledgedAsync;
        publishHandler.Attach(server);
        commandTraffic.Attach(sessions);
        await server.StartAsync().ConfigureAwait(false);

        if (options.Value.Enabled)
        {
            await tcpListener.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        else
        {
            GatewayLog.MqttDisabled(logger);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await tcpListener.StopAsync(cancellationToken).ConfigureAwait(false);
        await server.StopAsync(new MqttServerStopOptions()).ConfigureAwait(false);
    }
}
