using Polis.Metering.Meters;
using Polis.Metering.Readings;

namespace Polis.Metering.Detection;

/// <summary>
/// Computes feeder balances from the stores: the service points naming the feeder, the meters of the feeder's kind
/// installed there over the range (each counted only while installed, so an exchange continues the service point),
/// and the validated values of all of them in one stream.
/// </summary>
public sealed class FeederBalances(IServicePointStore servicePoints, IInstallationStore installations, IMeterStore meters, IIntervalStore intervals)
{
    /// <summary>The feeder meters named by service points (of one district when <paramref name="districtId"/> is given), sorted.</summary>
    public async Task<IReadOnlyList<string>> FeedersAsync(string? districtId, CancellationToken cancellationToken)
    {
        var points = await RegistryPages.ServicePointsAsync(servicePoints, new ServicePointQuery(DistrictId: districtId), cancellationToken);
        return points.SelectMany(p => p.FeederMeterIds).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The balance of the local days [<paramref name="from"/>, <paramref name="to"/>), or null when the feeder meter does not exist.</summary>
    public async Task<FeederBalance?> ComputeAsync(string feederMeterId, DateOnly from, DateOnly to, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        if (await meters.GetAsync(feederMeterId, cancellationToken) is not { } feeder)
        {
            return null;
        }

        var (start, end) = (LocalTime.Midnight(from, zone), LocalTime.Midnight(to, zone));
        var members = await RegistryPages.ServicePointsAsync(servicePoints, new ServicePointQuery(FeederMeterId: feederMeterId), cancellationToken);
        var windows = new List<(string ServicePointId, Installation Installation)>();
        foreach (var point in members)
        {
            foreach (var installation in await installations.ListAsync(new InstallationQuery(ServicePointId: point.Id, From: start, To: end), cancellationToken))
            {
                if (installation.MeterId != feederMeterId && (await meters.GetAsync(installation.MeterId, cancellationToken))?.Kind == feeder.Kind)
                {
                    windows.Add((point.Id, installation));
                }
            }
        }

        var byMeter = new Dictionary<string, IReadOnlyList<StoredInterval>>(StringComparer.Ordinal);
        var ids = windows.Select(w => w.Installation.MeterId).Append(feederMeterId).Distinct(StringComparer.Ordinal).ToList();
        await foreach (var series in intervals.StreamAsync(ids, start, end, cancellationToken))
        {
            byMeter[series.MeterId] = series.Values;
        }

        var memberDays = members.Select(point => DailyTotals.Of(MemberValues(point.Id, windows, byMeter), from, to, zone)).ToList();
        var feederDays = DailyTotals.Of(Values(byMeter[feederMeterId], null), from, to, zone);
        var days = BalanceCalculator.Daily(feederDays, memberDays);
        return new FeederBalance(feederMeterId, feeder.Kind, members.Count, days, BalanceSummary.Of(days));
    }

    private static IntervalValue[] MemberValues(string servicePointId, List<(string ServicePointId, Installation Installation)> windows, Dictionary<string, IReadOnlyList<StoredInterval>> byMeter) =>
        [.. windows.Where(w => w.ServicePointId == servicePointId).SelectMany(w => Values(byMeter[w.Installation.MeterId], w.Installation)).OrderBy(v => v.Start)];

    private static IntervalValue[] Values(IReadOnlyList<StoredInterval> stored, Installation? within) =>
        [.. stored.Select(s => s.Value).Where(v => within is null || (v.Start >= within.From && (within.To is not { } to || v.End <= to)))];
}
