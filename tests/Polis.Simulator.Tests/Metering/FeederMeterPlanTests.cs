using Polis.Simulator.Generation;
using Polis.Simulator.Metering;
using Polis.Simulator.Model;

namespace Polis.Simulator.Tests.Metering;

/// <summary>
/// The simulated district feeders: one electricity and one water feeder per district with households, deterministic
/// for a seed, their registers the sum of their households' registers plus a loss share in the plausible band.
/// </summary>
public sealed class FeederMeterPlanTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 18, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Create_SameSeed_SameFeedersOtherSeedOtherLosses()
    {
        var first = FeederMeterPlan.Create(CityGenerator.Generate(42, SimulationScale.Small));
        var again = FeederMeterPlan.Create(CityGenerator.Generate(42, SimulationScale.Small));
        var other = FeederMeterPlan.Create(CityGenerator.Generate(7, SimulationScale.Small));

        Assert.Equal(first.Select(f => (f.MeterId, f.Kind, f.DistrictId, f.ServicePointId, f.LossShare)), again.Select(f => (f.MeterId, f.Kind, f.DistrictId, f.ServicePointId, f.LossShare)));
        Assert.Equal(first.SelectMany(f => f.Members), again.SelectMany(f => f.Members));
        Assert.NotEqual(first.Select(f => f.LossShare), other.Select(f => f.LossShare));
        Assert.StartsWith("sim-42-fe-", first[0].MeterId, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_EveryHouseholdMeterInExactlyOneFeederOfItsKindAndDistrict()
    {
        var city = CityGenerator.Generate(42, SimulationScale.Small);
        var customers = MeteringCustomerPlan.Create(city);
        var feeders = FeederMeterPlan.Create(city);
        var districtOf = customers.ServicePoints.ToDictionary(s => s.Id, s => s.DistrictId, StringComparer.Ordinal);

        var members = feeders.SelectMany(f => f.Members.Select(m => (m.MeterId, f.Kind, f.DistrictId))).ToList();

        Assert.Equal(customers.Meters.Count, members.Count);
        Assert.Equal(customers.Meters.Select(m => (m.Id, m.Kind, districtOf[m.ServicePointId])).Order(), members.Order());
        Assert.All(feeders.Where(f => f.Kind == "electricity"), f => Assert.InRange(f.LossShare, 0.04, 0.08));
        Assert.All(feeders.Where(f => f.Kind == "water"), f => Assert.InRange(f.LossShare, 0.10, 0.20));
        Assert.Equal(2 * feeders.Select(f => f.DistrictId).Distinct().Count(), feeders.Count);
    }

    [Fact]
    public void Register_IsTheMembersConsumptionSinceInstallationOverOneMinusTheLoss()
    {
        var feeders = FeederMeterPlan.Create(CityGenerator.Generate(6, SimulationScale.Tiny));

        foreach (var feeder in feeders)
        {
            // A day of slots: the feeder's consumption is the members' over (1 − loss), slot by slot, and the loss
            // share of the input is exactly the plan's.
            var before = FeederMeterPlan.Register(feeder, Noon);
            var members = Enumerable.Range(0, 96).Sum(s => FeederMeterPlan.MembersSlot(feeder, Noon.AddMinutes(15 * s)));
            var input = FeederMeterPlan.Register(feeder, Noon.AddDays(1)) - before;

            Assert.True(members > 0, feeder.MeterId);
            Assert.Equal(members / (1 - feeder.LossShare), input, 6);
            Assert.Equal(feeder.LossShare, (input - members) / input, 9);
        }

        Assert.Equal(0, FeederMeterPlan.Register(feeders[0], new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero)));
    }
}
