using System.ComponentModel.DataAnnotations;
using System.Net;

namespace Polis.Gateway;

/// <summary>The MQTT listener under <c>Polis:Mqtt</c>. Payload limits live in <c>Polis:Gateway</c>.</summary>
public sealed class MqttOptions : IValidatableObject
{
    public const string SectionName = "Polis:Mqtt";

    /// <summary>Serve MQTT at all (TCP listener and the <c>/mqtt</c> WebSocket endpoint).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// TCP port of the MQTT listener. 0 binds an ephemeral port, which is logged and exposed through
    /// <see cref="MqttListenerInfo"/> (tests use it; production should name a port).
    /// </summary>
    [Range(0, 65535)]
    public int Port { get; set; } = 1883;

    /// <summary>Address the TCP listener binds; empty means every interface (IPv4 and IPv6).</summary>
    public string? ListenAddress { get; set; }

    /// <summary>Serve MQTT over WebSockets at <c>/mqtt</c> on the HTTP endpoints.</summary>
    public bool WebSocketEnabled { get; set; } = true;

    /// <summary>
    /// How long a new connection may take to send a complete CONNECT. MQTTnet's default is 100 s, which lets
    /// idle sockets pile up before anyone has authenticated.
    /// </summary>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Bytes allowed on top of <c>Polis:Gateway:MaxPayloadBytes</c> for the fixed header, topic and MQTT 5
    /// properties. A packet larger than payload + allowance closes the connection before it is buffered.
    /// </summary>
    [Range(256, 1024 * 1024)]
    public int PacketOverheadBytes { get; set; } = 8 * 1024;

    /// <summary>Most simultaneous TCP connections; further ones are refused by the listener.</summary>
    [Range(1, 10_000_000)]
    public long MaxConnections { get; set; } = 100_000;

    /// <summary>Messages queued towards one slow device before the oldest is dropped.</summary>
    [Range(1, 1_000_000)]
    public int MaxPendingMessagesPerClient { get; set; } = 1_000;

    /// <summary>
    /// PUBLISH packets of one connection read ahead of the broker: their ingests start at once (in order) so
    /// their durable writes share group commits, while each PUBACK still waits for its own message. Also sent as
    /// Receive Maximum in MQTT 5 CONNACKs. 1 reads one packet at a time.
    /// </summary>
    [Range(1, 65_535)]
    public int PublishWindow { get; set; } = 32;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (ConnectTimeout <= TimeSpan.Zero || ConnectTimeout > TimeSpan.FromMinutes(5))
        {
            yield return new ValidationResult("ConnectTimeout must be between 0 and 5 minutes.", [nameof(ConnectTimeout)]);
        }

        if (!string.IsNullOrWhiteSpace(ListenAddress) && !IPAddress.TryParse(ListenAddress, out _))
        {
            yield return new ValidationResult($"ListenAddress '{ListenAddress}' is not an IP address.", [nameof(ListenAddress)]);
        }
    }
}
