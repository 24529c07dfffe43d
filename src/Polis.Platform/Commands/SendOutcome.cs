namespace Polis.Platform.Commands;

/// <summary>What happened to a message sent to a device's session.</summary>
public enum SendOutcome
{
    /// <summary>The device has no session (on any node the router knows).</summary>
    NotConnected,

    /// <summary>Connected, but not subscribed to the topic (e.g. no <c>v1/devices/me/rpc/request/+</c>).</summary>
    NotSubscribed,

    /// <summary>The session refused the message (its queue is full or it just ended).</summary>
    Refused,

    /// <summary>Queued at QoS 0: no acknowledgement will follow.</summary>
    SentAtMostOnce,

    /// <summary>Queued at QoS 1: the device's PUBACK will be reported.</summary>
    SentAtLeastOnce,
}
