using Polis.Simulator.Model;

namespace Polis.Simulator.Metering;

/// <summary>A service point as <c>POST /api/v1/metering/service-points</c> takes it: the household's address, district and location.</summary>
public sealed record PlannedServicePoint(string Id, string AccountId, string Kind, string Address, string DistrictId, GeoPosition Location, bool Occupied);
