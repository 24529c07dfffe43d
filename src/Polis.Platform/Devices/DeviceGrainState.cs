using Polis.Contracts.Devices;

namespace Polis.Platform.Devices;

/// <summary>
/// What the twin persists. Latest telemetry is not here: the telemetry store already keeps it durably
/// with each commit, and the twin reloads it on activation, so readings never cost a state write.
/// </summary>
public sealed class DeviceGrainState
{
    public Dictionary<string, AttributeValue> ClientAttributes { get; set; } = new(StringComparer.Ordinal);

    public Dictionary<string, AttributeValue> ServerAttributes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Desired state set by operators; the device receives changes on v1/devices/me/attributes.</summary>
    public Dictionary<string, AttributeValue> SharedAttributes { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Refused messages by reason tag (see IngestMetrics.ReasonTag).</summary>
    public Dictionary<string, long> Rejections { get; set; } = new(StringComparer.Ordinal);

    public long? LastConnectAt { get; set; }

    public long? LastDisconnectAt { get; set; }
}
