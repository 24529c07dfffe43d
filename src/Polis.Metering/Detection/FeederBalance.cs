using Polis.Metering.Meters;

namespace Polis.Metering.Detection;

/// <summary>A feeder meter's balance over local days: its member service points, each day, and the period.</summary>
public sealed record FeederBalance(string FeederMeterId, MeterKind Kind, int Members, IReadOnlyList<BalanceDay> Days, BalanceSummary Summary);
