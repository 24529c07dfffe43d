using System.Collections.Concurrent;
using MQTTnet;
using MQTTnet.Protocol;
using MQTTnet.Server;
using Polis.Gateway.Mqtt;
using Polis.Platform.Commands;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Sessions;

/// <summary>
/// The live MQTT connections of this node, by device. Server-to-device messages are enqueued straight into
/// the addressed connection's session (never published to the broker), so a message for one device cannot
/// reach another even though all devices subscribe to the same literal topics.
/// </summary>
internal sealed class DeviceSessionRegistry(MqttServer server) : IDeviceSessions
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<GatewayConnection, byte>> _byDevice = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GatewayConnection> _byClientId = new(StringComparer.Ordinal);

    public void Add(GatewayConnection connection)
    {
        var set = _byDevice.GetOrAdd(connection.Device!.DeviceId, static _ => new());
        set[connection] = 0;
        _byClientId[connection.ClientId!] = connection;
    }

    public void Remove(GatewayConnection connection)
    {
        if (_byDevice.TryGetValue(connection.Device!.DeviceId, out var set))
        {
            set.TryRemove(connection, out _);
            if (set.IsEmpty)
            {
                // Another connection may have been added meanwhile; only drop the exact empty set.
                _byDevice.TryRemove(new KeyValuePair<string, ConcurrentDictionary<GatewayConnection, byte>>(connection.Device.DeviceId, set));
            }
        }

        _byClientId.TryRemove(new KeyValuePair<string, GatewayConnection>(connection.ClientId!, connection));
    }

    /// <summary>The device currently holding <paramref name="clientId"/> on this node, if any.</summary>
    public string? ClientIdHolder(string clientId) =>
        _byClientId.TryGetValue(clientId, out var connection) ? connection.Device?.DeviceId : null;

    public bool IsConnected(string deviceId) => _byDevice.TryGetValue(deviceId, out var set) && !set.IsEmpty;

    public async Task DisconnectAsync(string deviceId, CancellationToken cancellationToken = default)
    {
        foreach (var connection in Connections(deviceId))
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                await server.DisconnectClientAsync(connection.ClientId!, new MqttServerClientDisconnectOptions
                {
                    ReasonCode = MqttDisconnectReasonCode.AdministrativeAction,
                    ReasonString = "Device access revoked",
                }).ConfigureAwait(false);
            }
            catch (InvalidOperationException)
            {
                // Already gone between the lookup and the disconnect.
            }
        }
    }

    public async Task<bool> SendAsync(string deviceId, string topic, ReadOnlyMemory<byte> payload, bool atLeastOnce, CancellationToken cancellationToken = default) =>
        await SendWithOutcomeAsync(deviceId, topic, payload, atLeastOnce).ConfigureAwait(false) is SendOutcome.SentAtMostOnce or SendOutcome.SentAtLeastOnce;

    /// <summary>
    /// Sends to every session of the device whose subscriptions match <paramref name="topic"/>; the outcome says
    /// why nothing was sent, or whether a PUBACK will follow (QoS 1 on at least one session).
    /// </summary>
    public async Task<SendOutcome> SendWithOutcomeAsync(string deviceId, string topic, ReadOnlyMemory<byte> payload, bool atLeastOnce)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        var connections = Connections(deviceId);
        var outcome = connections.Length == 0 ? SendOutcome.NotConnected : SendOutcome.NotSubscribed;
        foreach (var connection in connections)
        {
            // Deliver like the broker would: only on a matching subscription, at min(requested, granted) QoS.
            if (connection.MatchSubscription(topic) is not { } granted)
            {
                continue;
            }

            var session = await TryGetSessionAsync(connection.ClientId!).ConfigureAwait(false);
            if (session is null || GatewayConnection.From(session.Items) != connection)
            {
                outcome = Better(outcome, SendOutcome.Refused);
                continue;
            }

            var qos = atLeastOnce && granted >= MqttQualityOfServiceLevel.AtLeastOnce
                ? MqttQualityOfServiceLevel.AtLeastOnce
                : MqttQualityOfServiceLevel.AtMostOnce;
            var message = new MqttApplicationMessageBuilder()
                .WithTopic(topic)
                .WithPayload(payload.ToArray()) // the session queue outlives the caller's buffer
                .WithQualityOfServiceLevel(qos)
                .Build();
            var sent = session.TryEnqueueApplicationMessage(message, out _);
            outcome = Better(outcome, !sent ? SendOutcome.Refused : qos == MqttQualityOfServiceLevel.AtLeastOnce ? SendOutcome.SentAtLeastOnce : SendOutcome.SentAtMostOnce);
        }

        return outcome;
    }

    // The enum is ordered from worst to best: one session that took the message is what counts.
    private static SendOutcome Better(SendOutcome a, SendOutcome b) => a > b ? a : b;

    private async Task<MqttSessionStatus?> TryGetSessionAsync(string clientId)
    {
        try
        {
            return await server.GetSessionAsync(clientId).ConfigureAwait(false);
        }
        catch (InvalidOperationException)
        {
            return null; // session ended between the lookup and now
        }
    }

    private GatewayConnection[] Connections(string deviceId) =>
        _byDevice.TryGetValue(deviceId, out var set) ? [.. set.Keys] : [];
}
