using Polis.Metering.Detection;

namespace Polis.Metering.Api;

/// <summary>The balance of the feeders asked for (one feeder, or every feeder named in a district) over local days.</summary>
public sealed record BalanceResponse(DateOnly From, DateOnly To, string? DistrictId, IReadOnlyList<FeederBalanceResponse> Feeders);
