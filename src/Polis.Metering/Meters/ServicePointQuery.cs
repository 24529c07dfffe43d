namespace Polis.Metering.Meters;

/// <summary>Filters of a service point listing; null filters match everything (<see cref="FeederMeterId"/>: the service points naming that feeder).</summary>
public sealed record ServicePointQuery(string? AccountId = null, string? DistrictId = null, string? FeederMeterId = null, int Offset = 0, int Limit = 100);
