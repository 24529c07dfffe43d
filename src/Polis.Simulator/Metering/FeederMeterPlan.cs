using System.Globalization;
using Polis.Simulator.Behaviour;
using Polis.Simulator.Generation;
using Polis.Simulator.Model;

namespace Polis.Simulator.Metering;

/// <summary>
/// The feeder (district) electricity meter and bulk water meter of each district with households, so the balance of
/// a district against its households has real figures: each reads the sum of its households' meters plus plausible
/// losses, 4–8 % of the input for electricity (distribution losses of European grids) and 10–20 % for water
/// (non-revenue water of well-run utilities), drawn per seed and district. Pure and deterministic, like
/// <see cref="MeteringCustomerPlan"/>; the registers are functions of time (<see cref="Register"/>), so any slot's
/// reading can be recomputed and never drifts from the households'.
/// </summary>
public static class FeederMeterPlan
{
    public const double ElectricityLossMin = 0.04, ElectricityLossMax = 0.08, WaterLossMin = 0.10, WaterLossMax = 0.20;

    /// <summary>The feeders of <paramref name="city"/>, two per district with households, ordered by district.</summary>
    public static IReadOnlyList<PlannedFeeder> Create(SimulatedCity city)
    {
        ArgumentNullException.ThrowIfNull(city);
        var households = city.Sites.Where(s => s.Kind == SiteKind.Household).ToDictionary(s => s.Id, StringComparer.Ordinal);
        var meters = city.Devices
            .Where(d => d.Kind is DeviceKind.ElectricityMeter or DeviceKind.WaterMeter && d.Anchor is not null && households.ContainsKey(d.Anchor))
            .ToList();
        var feeders = new List<PlannedFeeder>();
        for (var i = 0; i < city.Districts.Count; i++)
        {
            var district = city.Districts[i].Id;
            foreach (var (kind, device, tag, min, max) in new[]
            {
                ("electricity", DeviceKind.ElectricityMeter, "fe", ElectricityLossMin, ElectricityLossMax),
                ("water", DeviceKind.WaterMeter, "fw", WaterLossMin, WaterLossMax),
            })
            {
                var members = meters.Where(d => d.Kind == device && households[d.Anchor!].DistrictId == district)
                    .Select(d => new FeederMember(d.Id, (city.Seed * 1_000_003L) + d.Index, d.Scale)).ToList();
                if (members.Count == 0)
                {
                    continue;
                }

                var loss = min + ((max - min) * Hashing.Unit(city.Seed, i, device == DeviceKind.ElectricityMeter ? 41 : 42));
                feeders.Add(new PlannedFeeder(Id(city.Seed, tag, district), kind, district, Id(city.Seed, "sp-feeder", district), loss, members));
            }
        }

        return feeders;
    }

    /// <summary>
    /// The feeder's register at a 15-minute boundary: what its members consumed since they were installed
    /// (<see cref="MeteringCustomerPlan.InstalledFrom"/>, when the feeder starts at zero too), divided by
    /// 1 − loss share. Member consumption is read from the same model the household meters report from.
    /// </summary>
    public static double Register(PlannedFeeder feeder, DateTimeOffset slotBoundary)
    {
        ArgumentNullException.ThrowIfNull(feeder);
        var start = MeteringCustomerPlan.InstalledFrom;
        var customers = 0.0;
        foreach (var m in feeder.Members)
        {
            customers += feeder.Kind == "electricity"
                ? MeterModel.ElectricityRegister(m.Key, m.Scale, slotBoundary) - MeterModel.ElectricityRegister(m.Key, m.Scale, start)
                : MeterModel.WaterRegister(m.Key, m.Scale, slotBoundary) - MeterModel.WaterRegister(m.Key, m.Scale, start);
        }

        return customers / (1 - feeder.LossShare);
    }

    /// <summary>What the feeder's members consumed in the slot starting at <paramref name="slotStart"/>, before losses.</summary>
    public static double MembersSlot(PlannedFeeder feeder, DateTimeOffset slotStart)
    {
        ArgumentNullException.ThrowIfNull(feeder);
        var hours = MeterModel.Slot.TotalHours;
        return feeder.Members.Sum(m => feeder.Kind == "electricity"
            ? MeterModel.ElectricityKw(m.Key, m.Scale, slotStart) * hours
            : MeterModel.WaterM3h(m.Key, m.Scale, slotStart) * hours);
    }

    /// <summary>The account of the city's utility, which the feeders' supply service points belong to.</summary>
    public static string UtilityAccountId(PlannedFeeder feeder)
    {
        ArgumentNullException.ThrowIfNull(feeder);
        return feeder.ServicePointId[..feeder.ServicePointId.IndexOf("-sp-feeder-", StringComparison.Ordinal)] + "-acct-utility";
    }

    private static string Id(int seed, string kind, string districtId) => string.Create(CultureInfo.InvariantCulture, $"sim-{seed}-{kind}-{districtId}");
}
