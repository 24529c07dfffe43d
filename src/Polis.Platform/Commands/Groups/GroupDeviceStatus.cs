namespace Polis.Platform.Commands.Groups;

/// <summary>What happened to one device of a group command.</summary>
public enum GroupDeviceStatus
{
    /// <summary>Not sent yet (waiting for its turn under the rate limit).</summary>
    Pending,

    /// <summary>Two-way: the device answered.</summary>
    Successful,

    /// <summary>One-way: handed to the device's session.</summary>
    Sent,

    /// <summary>Persistent: queued for the device (see its persistent command for delivery).</summary>
    Queued,

    /// <summary>Not connected (or not subscribed to RPC), and the command was not persistent.</summary>
    Offline,

    /// <summary>Two-way: no answer within the timeout.</summary>
    Timeout,

    Failed,

    /// <summary>The group was cancelled before this device's turn.</summary>
    Cancelled,
}
