namespace Polis.Platform.Ingest;

/// <summary>Resolves a device access token (MQTT username or HTTP path segment) to its device.</summary>
public interface IDeviceAuthenticator
{
    /// <summary>The device the token belongs to, or null when the token is unknown.</summary>
    ValueTask<AuthenticatedDevice?> AuthenticateAsync(string? accessToken, CancellationToken cancellationToken = default);
}
