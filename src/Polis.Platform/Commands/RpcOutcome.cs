namespace Polis.Platform.Commands;

/// <summary>How a live (non-persistent) RPC call ended.</summary>
public enum RpcOutcome
{
    /// <summary>Two-way: the device answered.</summary>
    Answered,

    /// <summary>One-way: handed to the device's session.</summary>
    Sent,

    /// <summary>Two-way: no answer within the timeout.</summary>
    TimedOut,

    NotConnected,

    NotSubscribed,

    /// <summary>The device's session refused the message.</summary>
    Refused,
}
