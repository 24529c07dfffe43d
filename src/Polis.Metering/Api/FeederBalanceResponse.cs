using Polis.Metering.Detection;
using Polis.Metering.Meters;

namespace Polis.Metering.Api;

/// <summary>One feeder's balance: unit, member service points, the period's sums over complete days, and each day.</summary>
public sealed record FeederBalanceResponse(string FeederMeterId, string Kind, string Unit, int Members, BalanceSummary Period, IReadOnlyList<BalanceDay> Days)
{
    public static FeederBalanceResponse From(FeederBalance balance)
    {
        ArgumentNullException.ThrowIfNull(balance);
        return new FeederBalanceResponse(balance.FeederMeterId, balance.Kind.ToString().ToLowerInvariant(), MeterKinds.UnitOf(balance.Kind), balance.Members, balance.Summary, balance.Days);
    }
}
