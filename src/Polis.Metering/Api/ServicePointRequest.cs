using Polis.Metering.Meters;
using Polis.Platform.Devices.Api;

namespace Polis.Metering.Api;

/// <summary>
/// Body of POST /api/v1/metering/service-points and PUT /api/v1/metering/service-points/{id}. <see cref="FeederMeterId"/>
/// is the single feeder of clients written before <see cref="FeederMeterIds"/>; it is read as a one-element list.
/// </summary>
public sealed record ServicePointRequest(
    string? Id, string? AccountId, string? Kind, string? Address, string? DistrictId, GeoJsonPoint? Location, bool? Occupied,
    IReadOnlyList<string?>? FeederMeterIds, string? FeederMeterId = null)
{
    private const int MaxFeeders = 8;

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
            Feeders(fields),
            default,
            default);
        return (servicePoint, fields.Errors);
    }

    private List<string> Feeders(RequestFields fields)
    {
        var legacy = string.IsNullOrWhiteSpace(FeederMeterId) ? null : FeederMeterId;
        if (FeederMeterIds is not null && legacy is not null)
        {
            fields.Fail("feederMeterIds", "Give feederMeterIds, or the older single feederMeterId, not both.");
            return [];
        }

        IReadOnlyList<string?> given = FeederMeterIds ?? (legacy is null ? [] : [legacy]);
        if (given.Count > MaxFeeders)
        {
            fields.Fail("feederMeterIds", $"At most {MaxFeeders} feeder meters (one per meter kind).");
            return [];
        }

        var ids = new List<string>();
        foreach (var id in given)
        {
            if (fields.Optional(id, "feederMeterIds", 100) is not { } checkedId)
            {
                fields.Fail("feederMeterIds", "A feeder meter id is empty.");
            }
            else if (ids.Contains(checkedId, StringComparer.Ordinal))
            {
                fields.Fail("feederMeterIds", $"Feeder meter '{checkedId}' is named twice.");
            }
            else
            {
                ids.Add(checkedId);
            }
        }

        ids.Sort(StringComparer.Ordinal); // the order the store reads them back in, so a write answers what a read shows
        return ids;
    }
}
