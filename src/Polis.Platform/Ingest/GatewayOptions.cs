using System.ComponentModel.DataAnnotations;

namespace Polis.Platform.Ingest;

/// <summary>Device-facing limits under <c>Polis:Gateway</c>, shared by the MQTT and HTTP transports.</summary>
public sealed class GatewayOptions
{
    public const string SectionName = "Polis:Gateway";

    /// <summary>Largest accepted payload in bytes (MQTT packet cap and HTTP body limit).</summary>
    [Range(1024, 16 * 1024 * 1024)]
    public int MaxPayloadBytes { get; set; } = 64 * 1024;

    /// <summary>Sustained messages per second one device may send.</summary>
    [Range(0.01, 1_000_000)]
    public double MessagesPerSecond { get; set; } = 50;

    /// <summary>How many messages a device may send in a burst above its sustained rate.</summary>
    [Range(1, 10_000_000)]
    public int BurstMessages { get; set; } = 500;

    /// <summary>How far in the future a reading's timestamp may be (device clock skew).</summary>
    public TimeSpan MaxClockSkew { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Most keys accepted in one message.</summary>
    [Range(1, 100_000)]
    public int MaxKeysPerMessage { get; set; } = 1_000;
}
