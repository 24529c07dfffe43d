using Polis.Metering.Meters;
using Polis.Platform.Devices.Api;

namespace Polis.Metering.Api;

/// <summary>A service point as the API shows it: the location as a GeoJSON Point, like devices'.</summary>
public sealed record ServicePointResponse(
    string Id, string AccountId, ServicePointKind Kind, string Address, string? DistrictId, GeoJsonPoint? Location, bool Occupied, IReadOnlyList<string> FeederMeterIds,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt)
{
    public static ServicePointResponse From(ServicePoint s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return new(s.Id, s.AccountId, s.Kind, s.Address, s.DistrictId, GeoJsonPoint.From(s.Location), s.Occupied, s.FeederMeterIds, s.CreatedAt, s.UpdatedAt);
    }
}
