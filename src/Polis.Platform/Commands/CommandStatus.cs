namespace Polis.Platform.Commands;

/// <summary>
/// Where a persistent command is (ThingsBoard's persistent RPC statuses): queued → sent → delivered →
/// successful | failed | timeout | expired; a queued command can also be cancelled.
/// </summary>
public enum CommandStatus
{
    /// <summary>Stored, waiting for the device to be connected and subscribed to its RPC requests.</summary>
    Queued = 0,

    /// <summary>Handed to the device's MQTT session; no acknowledgement yet.</summary>
    Sent = 1,

    /// <summary>The device acknowledged the request (MQTT QoS 1 PUBACK).</summary>
    Delivered = 2,

    /// <summary>Two-way: the device answered. One-way: the device received it.</summary>
    Successful = 3,

    /// <summary>The gateway could not hand the request to the device's session.</summary>
    Failed = 4,

    /// <summary>Sent, but no answer (or acknowledgement) within the command's timeout.</summary>
    Timeout = 5,

    /// <summary>Its expiration time passed before it completed.</summary>
    Expired = 6,

    /// <summary>Cancelled through the API while still queued.</summary>
    Cancelled = 7,
}
