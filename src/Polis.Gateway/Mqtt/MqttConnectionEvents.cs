using Microsoft.Extensions.Logging;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using MQTTnet.Server;
using Polis.Gateway.Sessions;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Mqtt;

/// <summary>CONNECT, connection lifecycle and SUBSCRIBE handling of the broker.</summary>
internal sealed class MqttConnectionEvents(
    IDeviceAuthenticator authenticator,
    IDeviceIngest ingest,
    DeviceSessionRegistry sessions,
    TransportRejections rejections,
    GatewayMetrics metrics,
    ILogger<MqttConnectionEvents> logger)
{
    public async Task OnValidatingConnectionAsync(ValidatingConnectionEventArgs e)
    {
        if (e.ChannelAdapter is not GatewayChannelAdapter { Connection: var connection })
        {
            e.ReasonCode = MqttConnectReasonCode.ImplementationSpecificError;
            return;
        }

        AuthenticatedDevice? device;
        try
        {
            device = await authenticator.AuthenticateAsync(e.UserName, e.CancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            GatewayLog.AuthenticationFailed(logger, ex);
            e.ReasonCode = MqttConnectReasonCode.ServerUnavailable;
            return;
        }

        if (device is null)
        {
            GatewayLog.UnknownToken(logger, e.ClientId, connection.Transport);
            e.ReasonCode = MqttConnectReasonCode.NotAuthorized;
            return;
        }

        var clientId = e.ClientId;
        if (string.IsNullOrEmpty(clientId) && e.ProtocolVersion == MqttProtocolVersion.V500)
        {
            clientId = e.AssignedClientIdentifier = GatewayChannelAdapter.NewClientId();
        }

        // Taking over a client id would disconnect its holder: a device may only take over its own.
        if (!string.IsNullOrEmpty(clientId) && sessions.ClientIdHolder(clientId) is { } holder && holder != device.DeviceId)
        {
            GatewayLog.ClientIdInUse(logger, clientId, holder, device.DeviceId);
            e.ReasonCode = MqttConnectReasonCode.ClientIdentifierNotValid;
            return;
        }

        connection.Device = device;
        connection.ClientId = clientId;
        connection.ProtocolVersion = e.ProtocolVersion;
        e.SessionItems[GatewayConnection.ItemKey] = connection;
    }

    public async Task OnClientConnectedAsync(ClientConnectedEventArgs e)
    {
        if (GatewayConnection.From(e.SessionItems) is not { Device: { } device } connection || !connection.TryMarkConnected())
        {
            return;
        }

        connection.ClientId = e.ClientId;
        sessions.Add(connection);
        metrics.ConnectionOpened(connection.Transport);
        GatewayLog.DeviceConnected(logger, device.DeviceId, connection.Transport, e.ClientId, connection.SessionId);
        try
        {
            await ingest.OnConnectedAsync(device, connection.SessionId).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            GatewayLog.ConnectionCallbackFailed(logger, ex, device.DeviceId);
        }
    }

    // MQTTnet invokes this without a guard inside its connection cleanup: it must never throw.
    public async Task OnClientDisconnectedAsync(ClientDisconnectedEventArgs e)
    {
        if (GatewayConnection.From(e.SessionItems) is not { Device: { } device } connection || !connection.TryMarkDisconnected())
        {
            return;
        }

        sessions.Remove(connection);
        metrics.ConnectionClosed(connection.Transport);
        GatewayLog.DeviceDisconnected(logger, device.DeviceId, connection.SessionId);
        try
        {
            await ingest.OnDisconnectedAsync(device, connection.SessionId).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            GatewayLog.ConnectionCallbackFailed(logger, ex, device.DeviceId);
        }
    }

    public async Task OnInterceptingSubscriptionAsync(InterceptingSubscriptionEventArgs e)
    {
        var connection = GatewayConnection.From(e.SessionItems);
        var filter = e.TopicFilter.Topic;
        if (connection?.Device is not null && DeviceTopics.IsSubscribeAllowed(filter))
        {
            connection.AddSubscription(filter, e.TopicFilter.QualityOfServiceLevel);
            return;
        }

        // MQTTnet turns NotAuthorized into 0x80 (failure) for MQTT 3.1.1 SUBACKs.
        e.ProcessSubscription = false;
        e.Response.ReasonCode = MqttSubscribeReasonCode.NotAuthorized;
        e.Response.ReasonString = $"Devices may subscribe only to their own v1/devices/me/... topics, not '{filter}'.";
        GatewayLog.SubscriptionRefused(logger, connection?.Device?.DeviceId ?? "?", filter);
        await rejections.RecordAsync(connection?.Transport ?? "unknown", connection?.Device, RejectionReason.TopicNotAllowed, e.CancellationToken).ConfigureAwait(false);
    }

    public static Task OnInterceptingUnsubscriptionAsync(InterceptingUnsubscriptionEventArgs e)
    {
        GatewayConnection.From(e.SessionItems)?.RemoveSubscription(e.Topic);
        return Task.CompletedTask;
    }
}
