using Polis.Platform.Devices;

namespace Polis.Platform.Live;

/// <summary>
/// What one live client wants to see. Empty fields match everything; set fields must all match.
/// The bounding box is west, south, east, north.
/// </summary>
public sealed record LiveFilter(IReadOnlyList<string>? DeviceIds = null, string? ProfileId = null, string? District = null, double[]? Bbox = null)
{
    public string? Validate()
    {
        if (DeviceIds is { Count: > 10_000 })
        {
            return "At most 10000 device ids per subscription.";
        }

        if (Bbox is not null && (Bbox.Length != 4 || Bbox[0] > Bbox[2] || Bbox[1] > Bbox[3] || !new GeoPoint(Bbox[0], Bbox[1]).IsValid || !new GeoPoint(Bbox[2], Bbox[3]).IsValid))
        {
            return "bbox is [west, south, east, north] in decimal degrees.";
        }

        return null;
    }

    public bool Matches(string deviceId, string? profileId, string? district, GeoPoint? location) =>
        (DeviceIds is not { Count: > 0 } || DeviceIds.Contains(deviceId)) &&
        (ProfileId is null || ProfileId == profileId) &&
        (District is null || District == district) &&
        (Bbox is null || (location is { } p && new BoundingBox(Bbox[0], Bbox[1], Bbox[2], Bbox[3]).Contains(p)));
}
