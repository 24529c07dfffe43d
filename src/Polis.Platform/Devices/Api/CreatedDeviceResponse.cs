namespace Polis.Platform.Devices.Api;

/// <summary>The answer to a creation: the device and its access token, shown this once only.</summary>
public sealed record CreatedDeviceResponse(DeviceResponse Device, string AccessToken);
