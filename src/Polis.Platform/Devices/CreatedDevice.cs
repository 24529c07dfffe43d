namespace Polis.Platform.Devices;

/// <summary>A new device with its access token in clear text — the only time the token is ever shown.</summary>
public sealed record CreatedDevice(Device Device, string AccessToken);
