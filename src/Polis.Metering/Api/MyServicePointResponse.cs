using Polis.Metering.Meters;

namespace Polis.Metering.Api;

/// <summary>A service point of a resident's account with the meters installed there, oldest installation first.</summary>
public sealed record MyServicePointResponse(string Id, ServicePointKind Kind, string Address, string? DistrictId, IReadOnlyList<MyMeterResponse> Meters);
