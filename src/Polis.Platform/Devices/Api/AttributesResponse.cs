namespace Polis.Platform.Devices.Api;

/// <summary>A device's attributes by scope.</summary>
public sealed record AttributesResponse(
    IReadOnlyDictionary<string, TimedValue> Client,
    IReadOnlyDictionary<string, TimedValue> Server,
    IReadOnlyDictionary<string, TimedValue> Shared)
{
    public static AttributesResponse From(TwinResponse twin) => new(twin.ClientAttributes, twin.ServerAttributes, twin.SharedAttributes);
}
