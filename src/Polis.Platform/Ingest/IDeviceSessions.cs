namespace Polis.Platform.Ingest;

/// <summary>
/// Control over the live device connections held by this node's gateway, so the platform can end a
/// device's sessions when its token is rotated or it is deleted.
/// </summary>
public interface IDeviceSessions
{
    Task DisconnectAsync(string deviceId, CancellationToken cancellationToken = default);
}
