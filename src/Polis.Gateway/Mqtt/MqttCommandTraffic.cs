using Microsoft.Extensions.Logging;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using MQTTnet.Server;
using Polis.Gateway.Sessions;
using Polis.Platform.Commands;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Mqtt;

/// <summary>
/// The command side of a device connection: its RPC answers and attribute requests, its PUBACKs of RPC requests,
/// and its subscription to RPC requests (the moment queued commands can go). The device is always the
/// connection's own, so a device can only answer, acknowledge or read its own requests and attributes.
/// </summary>
internal sealed class MqttCommandTraffic(
    IDeviceCommandHandler commands,
    GatewayMetrics metrics,
    ILogger<MqttCommandTraffic> logger)
{
    private DeviceSessionRegistry? _sessions;

    /// <summary>
    /// Attached at start rather than injected: the registry needs the MqttServer, whose adapter needs the
    /// publish handler, which needs this class — a constructor cycle the container would deadlock on.
    /// </summary>
    public void Attach(DeviceSessionRegistry sessions) => _sessions = sessions;

    /// <summary>
    /// Handles an RPC answer or attribute request. Returns a refusal for the publish handler to send the usual
    /// way, or null when the message is dealt with (the PUBACK reason, if any, is already set).
    /// </summary>
    public async Task<IngestResult?> OnPublishAsync(InterceptingPublishEventArgs e, GatewayConnection connection, AuthenticatedDevice device, DevicePublishKind kind, ReadOnlyMemory<byte> payload)
    {
        var topic = e.ApplicationMessage.Topic;
        var requestId = DeviceTopics.IdOf(topic);
        try
        {
            if (kind == DevicePublishKind.AttributesRequest)
            {
                var (response, error) = await commands.AnswerAttributesRequestAsync(device, payload, e.CancellationToken).ConfigureAwait(false);
                if (response is null)
                {
                    return IngestResult.Reject(RejectionReason.MalformedPayload, error ?? "Malformed attribute request.");
                }

                if (_sessions is null || !await _sessions.SendAsync(device.DeviceId, DeviceTopics.AttributesResponse(requestId), response, atLeastOnce: true).ConfigureAwait(false))
                {
                    GatewayLog.AttributesResponseUndelivered(logger, device.DeviceId, requestId);
                }

                metrics.Accepted(connection.Transport);
                return null;
            }

            if (await commands.OnRpcResponseAsync(device, requestId, payload, e.CancellationToken).ConfigureAwait(false))
            {
                metrics.Accepted(connection.Transport);
                return null;
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            GatewayLog.CommandTrafficFailed(logger, ex, device.DeviceId, topic);
            return IngestResult.Reject(RejectionReason.Unavailable, "The platform could not take the message; retry later.");
        }

        // An answer nobody waits for: unknown, already answered, expired, or another device's request id.
        metrics.RpcResponseUnmatched(connection.Transport);
        GatewayLog.RpcResponseUnmatched(logger, device.DeviceId, requestId);
        if (connection.ProtocolVersion == MqttProtocolVersion.V500)
        {
            // 0x90: the topic is well formed but names no request this device may answer.
            e.Response.ReasonCode = MqttPubAckReasonCode.TopicNameInvalid;
            e.Response.ReasonString = $"No pending RPC request {requestId} for this device (unknown, already answered or expired).";
        }

        // MQTT 3.1.1 cannot refuse in a PUBACK; a late answer is no reason to close an honest device's connection.
        return null;
    }

    /// <summary>Subscribing to RPC requests makes the device ready for its queued commands.</summary>
    public Task OnSubscribedAsync(ClientSubscribedTopicEventArgs e)
    {
        if (GatewayConnection.From(e.SessionItems) is { Device: { } device } && DeviceTopics.ReceivesRpcRequests(e.TopicFilter.Topic))
        {
            // Not awaited: MQTTnet runs this inside SUBSCRIBE processing, and the SUBACK should not wait for the store.
            _ = DeliverQueuedAsync(device);
        }

        return Task.CompletedTask;
    }

    /// <summary>The device's PUBACK of an RPC request: the command was delivered.</summary>
    public async Task OnAcknowledgedAsync(ClientAcknowledgedPublishPacketEventArgs e)
    {
        if (!e.IsCompleted || !DeviceTopics.IsRpcRequest(e.PublishPacket?.Topic) || GatewayConnection.From(e.SessionItems) is not { Device: { } device })
        {
            return;
        }

        try
        {
            await commands.OnRpcRequestAcknowledgedAsync(device, DeviceTopics.IdOf(e.PublishPacket!.Topic)).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            GatewayLog.CommandTrafficFailed(logger, ex, device.DeviceId, e.PublishPacket!.Topic);
        }
    }

    private async Task DeliverQueuedAsync(AuthenticatedDevice device)
    {
        try
        {
            await commands.OnReadyForCommandsAsync(device).ConfigureAwait(false);
        }
        catch (Exception ex)
        {
            GatewayLog.CommandTrafficFailed(logger, ex, device.DeviceId, "v1/devices/me/rpc/request/+");
        }
    }
}
