namespace Polis.Platform.Ingest;

/// <summary>
/// Control over the live device connections held by this node's gateway: end a device's sessions
/// (token rotated, device deleted) and deliver a message to one device only. Every device uses the same
/// literal topics (v1/devices/me/...), so delivery is addressed by device, never by topic alone.
/// </summary>
public interface IDeviceSessions
{
    Task DisconnectAsync(string deviceId, CancellationToken cancellationToken = default);

    bool IsConnected(string deviceId);

    /// <summary>
    /// Sends to the device's own subscription on <paramref name="topic"/> (e.g. v1/devices/me/rpc/request/7);
    /// false when the device has no session on this node.
    /// </summary>
    Task<bool> SendAsync(string deviceId, string topic, ReadOnlyMemory<byte> payload, bool atLeastOnce, CancellationToken cancellationToken = default);
}
