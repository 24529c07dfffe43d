using System.Collections;
using MQTTnet.Formatter;
using MQTTnet.Protocol;
using Polis.Platform.Ingest;

namespace Polis.Gateway.Mqtt;

/// <summary>
/// One network connection of one device: created when the socket is accepted, completed with the device at
/// CONNECT, stored in MQTTnet's session items. Every connection gets a fresh session (clean start is forced),
/// so these items never leak from one connection, or one device, to another.
/// </summary>
internal sealed class GatewayConnection(string transport)
{
    public const string ItemKey = "polis.gateway.connection";

    private readonly Lock _lock = new();
    private readonly Dictionary<string, MqttQualityOfServiceLevel> _subscriptions = new(StringComparer.Ordinal);
    private int _state; // 0 new, 1 connected, 2 disconnected

    public string Transport { get; } = transport;

    /// <summary>Stable per connection; handed to the platform as the session id.</summary>
    public string SessionId { get; } = Guid.NewGuid().ToString("N");

    public AuthenticatedDevice? Device { get; set; }

    public string? ClientId { get; set; }

    public MqttProtocolVersion ProtocolVersion { get; set; }

    /// <summary>Telemetry ingests started ahead of the broker by this connection's read-ahead.</summary>
    public PipelinedPublishes Publishes { get; } = new();

    public static GatewayConnection? From(IDictionary? sessionItems) =>
        sessionItems?[ItemKey] as GatewayConnection;

    /// <summary>True exactly once, when the connection becomes connected.</summary>
    public bool TryMarkConnected() => Interlocked.CompareExchange(ref _state, 1, 0) == 0;

    /// <summary>True exactly once, and only for a connection that was reported connected.</summary>
    public bool TryMarkDisconnected() => Interlocked.CompareExchange(ref _state, 2, 1) == 1;

    public void AddSubscription(string filter, MqttQualityOfServiceLevel qos)
    {
        lock (_lock)
        {
            _subscriptions[filter] = qos;
        }
    }

    public void RemoveSubscription(string filter)
    {
        lock (_lock)
        {
            _subscriptions.Remove(filter);
        }
    }

    /// <summary>The highest QoS granted by a subscription matching <paramref name="topic"/>, or null if none matches.</summary>
    public MqttQualityOfServiceLevel? MatchSubscription(string topic)
    {
        MqttQualityOfServiceLevel? best = null;
        lock (_lock)
        {
            foreach (var (filter, qos) in _subscriptions)
            {
                if (MQTTnet.MqttTopicFilterComparer.Compare(topic, filter) == MQTTnet.MqttTopicFilterCompareResult.IsMatch
                    && (best is null || qos > best))
                {
                    best = qos;
                }
            }
        }

        return best;
    }
}
