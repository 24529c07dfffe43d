using Polis.Metering.Meters;
using Polis.Platform.Devices.Api;

namespace Polis.Metering.Api;

/// <summary>Body of POST /api/v1/metering/service-points and PUT /api/v1/metering/service-points/{id}.</summary>
public sealed record ServicePointRequest(
    string? Id, string? AccountId, string? Kind, string? Address, string? DistrictId, GeoJsonPoint? Location, bool? Occupied, string? FeederMeterId)
{
    internal (ServicePoint ServicePoint, Dictionary<string, string[]> Errors) ToServicePoint(string? pathId)
    {
        var fields = new RequestFields();
        var id = pathId ?? fields.Id(Id, "sp");
        var (location, locationError) = Location?.ToGeoPoint() ?? (null, null);
        if (locationError is not null)
        {
            fields.Fail("location", locationError);
        }

        var servicePoint = new ServicePoint(
            id,
            fields.Required(AccountId, "accountId", 100),
            fields.Enum<ServicePointKind>(Kind, "kind", ServicePointKind.Household),
            fields.Required(Address, "address", 300),
            fields.Optional(DistrictId, "districtId", 100),
            location,
            Occupied ?? true,
            fields.Optional(FeederMeterId, "feederMeterId", 100),
            default,
            default);
        return (servicePoint, fields.Errors);
    }
}
