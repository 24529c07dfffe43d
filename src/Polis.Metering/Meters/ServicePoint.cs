using Polis.Platform.Devices;

namespace Polis.Metering.Meters;

/// <summary>
/// A place supplied with electricity, water, heat or gas, billed to an account. Its consumption continues across the
/// meters installed there over time (<see cref="Installation"/>). <see cref="DistrictId"/> is a district of the
/// platform's geography when one is loaded; <see cref="Occupied"/> tells theft detection whether zero use is odd;
/// <see cref="FeederMeterIds"/> name the feeder or district meters its consumption balances against (loss detection),
/// at most one per meter kind: a household's electricity balances against its feeder, its water against the district meter.
/// </summary>
public sealed record ServicePoint(
    string Id,
    string AccountId,
    ServicePointKind Kind,
    string Address,
    string? DistrictId,
    GeoPoint? Location,
    bool Occupied,
    IReadOnlyList<string> FeederMeterIds,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
