using System.Buffers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MQTTnet.Formatter;
using MQTTnet.Packets;
using MQTTnet.Protocol;
using MQTTnet.Server;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Mqtt;

/// <summary>
/// Every device PUBLISH ends here and is never routed to other clients (ProcessPublish = false). MQTTnet
/// awaits this handler before it queues the PUBACK, so a success PUBACK means the ingest accepted (stored)
/// the data; the PUBACK reason code and string come from <see cref="InterceptingPublishEventArgs.Response"/>.
/// Telemetry ingests usually start earlier, from the connection's read-ahead (<see cref="StartAheadAsync"/>):
/// the handler then awaits the started ingest instead of starting it.
/// </summary>
internal sealed class MqttPublishHandler(
    IDeviceIngest ingest,
    MqttCommandTraffic commandTraffic,
    TransportRejections rejections,
    GatewayMetrics metrics,
    IOptions<GatewayOptions> gatewayOptions,
    ILogger<MqttPublishHandler> logger)
{
    private MqttServer? _server;

    public void Attach(MqttServer server) => _server = server;

    public async Task OnInterceptingPublishAsync(InterceptingPublishEventArgs e)
    {
        e.ProcessPublish = false;
        if (GatewayConnection.From(e.SessionItems) is not { Device: { } device } connection)
        {
            e.Response.ReasonCode = MqttPubAckReasonCode.NotAuthorized;
            e.CloseConnection = true;
            return;
        }

        var topic = e.ApplicationMessage.Topic;
        var kind = DeviceTopics.ClassifyPublish(topic);
        var payload = e.ApplicationMessage.Payload;
        IngestResult result;
        if (kind == DevicePublishKind.NotAllowed)
        {
            await rejections.RecordAsync(connection.Transport, device, RejectionReason.TopicNotAllowed, e.CancellationToken).ConfigureAwait(false);
            await RefuseAsync(e, connection, IngestResult.Reject(RejectionReason.TopicNotAllowed, $"Devices may not publish to '{topic}'."), counted: true).ConfigureAwait(false);
            return;
        }

        if (payload.Length > gatewayOptions.Value.MaxPayloadBytes)
        {
            await rejections.RecordAsync(connection.Transport, device, RejectionReason.PayloadTooLarge, e.CancellationToken).ConfigureAwait(false);
            await RefuseAsync(e, connection, IngestResult.Reject(RejectionReason.PayloadTooLarge, $"Payload of {payload.Length} bytes exceeds the {gatewayOptions.Value.MaxPayloadBytes}-byte limit."), counted: true).ConfigureAwait(false);
            return;
        }

        if (kind is DevicePublishKind.RpcResponse or DevicePublishKind.AttributesRequest)
        {
            if (await commandTraffic.OnPublishAsync(e, connection, device, kind, ToMemory(payload)).ConfigureAwait(false) is { } refused)
            {
                await RefuseAsync(e, connection, refused, counted: false).ConfigureAwait(false);
            }

            return;
        }

        if (kind is not (DevicePublishKind.Telemetry or DevicePublishKind.Attributes))
        {
            // Allowed by the ACL but the platform has no seam for it yet (client-side RPC requests).
            GatewayLog.MessageIgnored(logger, device.DeviceId, topic);
            metrics.Ignored(connection.Transport);
            e.Response.ReasonCode = MqttPubAckReasonCode.NoMatchingSubscribers;
            return;
        }

        try
        {
            var pending = kind == DevicePublishKind.Telemetry
                ? connection.Publishes.Take(payload) ?? ingest.IngestTelemetryAsync(device, ToMemory(payload), e.CancellationToken)
                : ingest.IngestAttributesAsync(device, ToMemory(payload), e.CancellationToken);
            result = await pending.WaitAsync(connection.Publishes.WaitToken(e.CancellationToken)).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (e.CancellationToken.IsCancellationRequested || connection.Publishes.WaitToken(e.CancellationToken).IsCancellationRequested)
        {
            e.CloseConnection = true; // the connection is going away; no PUBACK, the device will resend
            return;
        }
        catch (Exception ex)
        {
            GatewayLog.IngestFailed(logger, ex);
            result = IngestResult.Reject(RejectionReason.Unavailable, "The platform could not take the message; retry later.");
        }

        if (result.Accepted)
        {
            metrics.Accepted(connection.Transport);
            return;
        }

        await RefuseAsync(e, connection, result, counted: false).ConfigureAwait(false);
    }

    /// <summary>
    /// Called by the read-ahead, in read order, for each PUBLISH it reads: starts a telemetry message's ingest
    /// before MQTTnet gets to the packet, so the messages behind it join the same group commit. Everything else
    /// (refusals, attributes, other topics) is left to <see cref="OnInterceptingPublishAsync"/> exactly as before.
    /// Never throws: a failure here must not take the connection's reading down.
    /// </summary>
    public async ValueTask StartAheadAsync(GatewayConnection connection, MqttPublishPacket publish, string? topic)
    {
        var pipelined = connection.Publishes;
        if (connection.Device is not { } device || pipelined.Stopped)
        {
            return;
        }

        var legacy = connection.ProtocolVersion != MqttProtocolVersion.V500;
        var kind = DeviceTopics.ClassifyPublish(topic);
        var payload = publish.Payload;
        if ((legacy && kind == DevicePublishKind.NotAllowed) || payload.Length > gatewayOptions.Value.MaxPayloadBytes)
        {
            pipelined.Stop(); // this packet closes the connection: start nothing behind it
            return;
        }

        if (kind != DevicePublishKind.Telemetry || payload.IsEmpty)
        {
            return;
        }

        Task<IngestResult> completion;
        try
        {
            // Awaited, so the next message starts only once this one is in the store's queue (or refused).
            var started = await ingest.StartTelemetryAsync(device, ToMemory(payload), CancellationToken.None).ConfigureAwait(false);
            completion = started.Completion;
            if (started.Refused && legacy)
            {
                pipelined.Stop(); // MQTT 3.1.1 closes the connection at a refusal
            }
        }
        catch (Exception ex)
        {
            completion = Task.FromException<IngestResult>(ex); // reported by the handler, as if it had called
        }

        pipelined.Add(payload, completion);
    }

    private static ReadOnlyMemory<byte> ToMemory(ReadOnlySequence<byte> payload) => payload.IsSingleSegment ? payload.First : payload.ToArray();

    private async Task RefuseAsync(InterceptingPublishEventArgs e, GatewayConnection connection, IngestResult result, bool counted)
    {
        var reason = result.Reason ?? RejectionReason.Unavailable;
        if (!counted)
        {
            metrics.Rejected(connection.Transport, reason);
        }

        GatewayLog.MessageRejected(logger, connection.Device!.DeviceId, e.ApplicationMessage.Topic, reason, result.Detail);
        if (connection.ProtocolVersion != MqttProtocolVersion.V500)
        {
            // MQTT 3.1.1 cannot say "no" in a PUBACK: closing without one is the only honest answer.
            e.CloseConnection = true;
            return;
        }

        if (reason == RejectionReason.PayloadTooLarge && _server is { } server)
        {
            // 0x95 is not a valid PUBACK reason in MQTT 5 (strict clients reject it); it is a DISCONNECT reason.
            await server.DisconnectClientAsync(e.ClientId, new MqttServerClientDisconnectOptions
            {
                ReasonCode = MqttDisconnectReasonCode.PacketTooLarge,
                ReasonString = Truncate(result.Detail),
            }).ConfigureAwait(false);
            e.CloseConnection = true;
            return;
        }

        e.Response.ReasonCode = PubAckCode(reason);
        e.Response.ReasonString = Truncate(result.Detail);
    }

    public static MqttPubAckReasonCode PubAckCode(RejectionReason reason) => reason switch
    {
        RejectionReason.MalformedPayload or RejectionReason.InvalidValue or RejectionReason.OutOfRange or RejectionReason.InvalidTimestamp
            => MqttPubAckReasonCode.PayloadFormatInvalid,
        RejectionReason.RateLimited => MqttPubAckReasonCode.QuotaExceeded,
        RejectionReason.TopicNotAllowed => MqttPubAckReasonCode.NotAuthorized,
        _ => MqttPubAckReasonCode.ImplementationSpecificError,
    };

    // Reason strings travel in the PUBACK: keep them short.
    private static string? Truncate(string? detail) => detail is { Length: > 256 } ? detail[..256] : detail;
}
