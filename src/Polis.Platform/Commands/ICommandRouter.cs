namespace Polis.Platform.Commands;

/// <summary>
/// Delivers a server-to-device message to the session of one device, wherever it is held. The single-node
/// gateway implements it with the sessions on this node; a cluster replaces it with one that forwards to the
/// node holding the session. Every device uses the same literal topics, so delivery is by device.
/// </summary>
public interface ICommandRouter
{
    Task<SendOutcome> SendAsync(string deviceId, string topic, ReadOnlyMemory<byte> payload, CancellationToken cancellationToken = default);
}
