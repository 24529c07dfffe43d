using Polis.Metering.Tariffs;
using Polis.Simulator.Generation;
using Polis.Simulator.Metering;
using Polis.Simulator.Model;

namespace Polis.Simulator.Tests.Metering;

/// <summary>
/// The metering customers a simulated city gets: deterministic for a seed (a restart asks for exactly what exists),
/// one account and service point per household, one meter per meter device, tariffs the metering module accepts.
/// </summary>
public sealed class MeteringCustomerPlanTests
{
    [Fact]
    public void Create_SameSeed_SamePlanWithFixedIds()
    {
        var first = MeteringCustomerPlan.Create(CityGenerator.Generate(42, SimulationScale.Small));
        var again = MeteringCustomerPlan.Create(CityGenerator.Generate(42, SimulationScale.Small));

        Assert.Equal(first.Accounts, again.Accounts);
        Assert.Equal(first.ServicePoints, again.ServicePoints);
        Assert.Equal(first.Meters, again.Meters);
        Assert.Equal(first.Assignments, again.Assignments);
        Assert.Equal(new PlannedAccount("sim-42-acct-home-00001", $"Household, {first.ServicePoints[0].Address}", "household"), first.Accounts[0]);
        Assert.Equal("sim-42-sp-home-00001", first.ServicePoints[0].Id);
        Assert.Equal("sim-42-acct-home-00001", first.ServicePoints[0].AccountId);
        Assert.Equal(new PlannedMeter("sim-42-em-00001", "electricity", "SIM-42-EM-00001", "sim-42-em-00001", 6, 15, "sim-42-sp-home-00001"), first.Meters[0]);
    }

    [Fact]
    public void Create_OtherSeed_OtherIds()
    {
        var plan = MeteringCustomerPlan.Create(CityGenerator.Generate(7, SimulationScale.Tiny));

        Assert.All(plan.Accounts, a => Assert.StartsWith("sim-7-acct-", a.Id, StringComparison.Ordinal));
        Assert.All(plan.Meters, m => Assert.StartsWith("sim-7-", m.Id, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(SimulationScale.Tiny)]
    [InlineData(SimulationScale.Small)]
    [InlineData(SimulationScale.City)]
    public void Create_EveryHouseholdAndMeterDevice_OnceEach(SimulationScale scale)
    {
        var city = CityGenerator.Generate(42, scale);
        var plan = MeteringCustomerPlan.Create(city);
        var preset = city.Preset;

        Assert.Equal(preset.Households, plan.Accounts.Count);
        Assert.Equal(preset.Households, plan.ServicePoints.Count);
        Assert.Equal(preset.Households + preset.WaterMeters, plan.Meters.Count);
        Assert.Equal(plan.Meters.Count, plan.Assignments.Count);
        Assert.Equal(plan.Accounts.Count, plan.Accounts.Select(a => a.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(plan.ServicePoints.Count, plan.ServicePoints.Select(s => s.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(plan.Meters.Count, plan.Meters.Select(m => m.Id).Distinct(StringComparer.Ordinal).Count());

        // A meter per meter device, of its kind, at the service point of the household the device belongs to.
        var devices = city.Devices.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var servicePoints = plan.ServicePoints.ToDictionary(s => s.Id, StringComparer.Ordinal);
        Assert.Equal(plan.Meters.Count, city.Devices.Count(d => d.Kind is DeviceKind.ElectricityMeter or DeviceKind.WaterMeter));
        foreach (var meter in plan.Meters)
        {
            var device = devices[meter.DeviceId];
            Assert.Equal(device.Kind == DeviceKind.ElectricityMeter ? "electricity" : "water", meter.Kind);
            Assert.Equal(15, meter.IntervalMinutes);
            var servicePoint = servicePoints[meter.ServicePointId];
            Assert.Equal($"sim-42-sp-{device.Anchor}", servicePoint.Id);
            Assert.Equal(device.DistrictId, servicePoint.DistrictId);
            Assert.Equal(device.Location, servicePoint.Location);
        }

        // No service point has two meters of a kind (the registry would refuse the second installation).
        Assert.DoesNotContain(plan.Meters.GroupBy(m => (m.ServicePointId, m.Kind)), g => g.Count() > 1);
        var districts = city.Districts.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        Assert.All(plan.ServicePoints, s => Assert.Contains(s.DistrictId, districts));
        Assert.All(plan.ServicePoints, s => Assert.False(string.IsNullOrWhiteSpace(s.Address)));
    }

    [Fact]
    public void Create_MostHouseholdsOccupied_AFewVacant()
    {
        var plan = MeteringCustomerPlan.Create(CityGenerator.Generate(42, SimulationScale.City));
        var vacant = plan.ServicePoints.Count(s => !s.Occupied) / (double)plan.ServicePoints.Count;

        Assert.InRange(vacant, 0.03, 0.07);
    }

    [Fact]
    public void Create_AssignsTheTariffOfEachMetersKind_FromTheTariffsStart()
    {
        var plan = MeteringCustomerPlan.Create(CityGenerator.Generate(42, SimulationScale.Small));
        var kinds = plan.Meters.ToDictionary(m => (m.ServicePointId, m.Kind), m => m.Kind);

        Assert.All(plan.Assignments, a => Assert.True(kinds.ContainsKey((a.ServicePointId, a.Kind)), $"{a.ServicePointId} has a {a.Kind} meter"));
        Assert.All(plan.Assignments, a => Assert.Equal(a.Kind == "electricity" ? SimulatedTariffs.ElectricityId : SimulatedTariffs.WaterId, a.TariffId));
        Assert.All(plan.Assignments, a => Assert.Equal(new DateOnly(2024, 1, 1), a.From));
        Assert.Equal(MeteringCustomerPlan.InstalledFrom, new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public void SimulatedTariffs_ParseAndValidateWithTheMeteringModule()
    {
        var electricity = TariffJson.Parse(SimulatedTariffs.Electricity);
        var water = TariffJson.Parse(SimulatedTariffs.Water);

        Assert.Empty(TariffValidator.Validate(electricity));
        Assert.Empty(TariffValidator.Validate(water));
        Assert.Equal((SimulatedTariffs.ElectricityId, Polis.Metering.Meters.MeterKind.Electricity, "DKK"), (electricity.Id, electricity.MeterKind, electricity.Currency));
        Assert.Equal((SimulatedTariffs.WaterId, Polis.Metering.Meters.MeterKind.Water, "DKK"), (water.Id, water.MeterKind, water.Currency));
        Assert.Equal(SimulatedTariffs.From, Assert.Single(electricity.Versions).From);
        Assert.Contains(electricity.Versions[0].Charges, c => c is TimeOfUseCharge);
        Assert.Contains(electricity.Versions[0].Charges, c => c is StandingCharge);
        Assert.Contains(water.Versions[0].Charges, c => c is SewageCharge);
        Assert.Equal(25m, Assert.Single(water.Versions[0].Taxes).Percent);
    }
}
