namespace Polis.Platform.Devices.Api;

/// <summary>Body of POST /api/v1/devices and PUT /api/v1/devices/{id}.</summary>
public sealed record DeviceRequest(
    string? Id,
    string? ProfileId,
    string? Name,
    string? District,
    GeoJsonPoint? Location,
    Dictionary<string, string>? Attributes,
    List<string>? Labels,
    string? AccessToken)
{
    public (DeviceDraft Draft, Dictionary<string, string[]> Errors) ToDraft(bool isCreate)
    {
        var (point, locationError) = Location?.ToGeoPoint() ?? (null, null);
        var draft = new DeviceDraft(Id, ProfileId, Name, string.IsNullOrWhiteSpace(District) ? null : District.Trim(), point, Attributes, Labels, AccessToken);
        var errors = DeviceValidator.Validate(draft, isCreate);
        if (locationError is not null)
        {
            errors["location"] = [locationError];
        }

        return (draft, errors);
    }
}
