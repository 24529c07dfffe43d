namespace Polis.Platform.Devices.Api;

/// <summary>A new access token after rotation, shown this once only.</summary>
public sealed record TokenResponse(string DeviceId, string AccessToken);
