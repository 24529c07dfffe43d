using Polis.Platform.Devices;

namespace Polis.Metering.Meters;

/// <summary>
/// A place supplied with electricity, water, heat or gas, billed to an account. Its consumption continues across the
/// meters installed there over time (<see cref="Installation"/>). <see cref="DistrictId"/> is a district of the
/// platform's geography when one is loaded; <see cref="Occupied"/> tells theft detection whether zero use is odd;
/// <see cref="FeederMeterId"/> names the district or feeder meter its consumption balances against (loss detection).
/// </summary>
public sealed record ServicePoint(
    string Id,
    string AccountId,
    ServicePointKind Kind,
    string Address,
    string? DistrictId,
    GeoPoint? Location,
    bool Occupied,
    string? FeederMeterId,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
