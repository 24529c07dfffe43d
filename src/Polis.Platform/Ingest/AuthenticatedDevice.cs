namespace Polis.Platform.Ingest;

/// <summary>A device whose access token was accepted.</summary>
public sealed record AuthenticatedDevice(string DeviceId, string ProfileId);
