namespace Polis.Platform.Devices.Api;

/// <summary>A device as the API shows it, with its twin when one was asked for.</summary>
public sealed record DeviceResponse(
    string Id,
    string ProfileId,
    string Name,
    string? District,
    GeoJsonPoint? Location,
    IReadOnlyDictionary<string, string> Attributes,
    IReadOnlyList<string> Labels,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    TwinResponse? Twin = null)
{
    public static DeviceResponse From(Device device, TwinResponse? twin = null) => new(
        device.Id, device.ProfileId, device.Name, device.District, GeoJsonPoint.From(device.Location),
        device.Attributes, device.Labels, device.CreatedAt, device.UpdatedAt, twin);
}
