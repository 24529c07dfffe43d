using Polis.Simulator.Generation;
using Polis.Simulator.Model;
using Polis.Simulator.Transit;

namespace Polis.Simulator.Tests.Transit;

/// <summary>The generated city with a real feed's buses: the buses are the fleet's, everything else as generated.</summary>
public sealed class TransitFeedCityTests
{
    [Fact]
    public void With_BullRunnerFleet_BusesReplacedOthersUntouched()
    {
        var city = CityGenerator.Generate(5, SimulationScale.Small);
        var (network, _) = RealFeed.Rebased(RealFeed.BullRunner);
        var fleet = new TransitFleet(network, RealFeed.Today, RealFeed.Today.AddDays(6), 300);

        var withFeed = TransitFeedCity.With(city, fleet);

        Assert.Equal(city.Devices.Where(d => d.Kind != DeviceKind.Bus), withFeed.Devices.Where(d => d.Kind != DeviceKind.Bus));
        var buses = withFeed.Devices.Where(d => d.Kind == DeviceKind.Bus).ToList();
        Assert.Equal(fleet.Vehicles, buses.Count);
        Assert.Equal(Enumerable.Range(1, fleet.Vehicles).Select(n => $"sim-5-bus-{n:D5}"), buses.Select(b => b.Id));
        Assert.Equal(withFeed.Devices.Count, withFeed.Devices.Select(d => d.Index).Distinct().Count()); // distinct behaviour seeds
        Assert.All(buses, b => Assert.Contains($"route:{b.Anchor}", b.Labels));
        Assert.All(buses, b => Assert.True(network.Routes.ContainsKey(b.Anchor!)));
        Assert.All(buses, b => Assert.Contains(network.Stops.Values, s => Math.Abs(s.Latitude!.Value - b.Location.Latitude) < 0.001 && Math.Abs(s.Longitude!.Value - b.Location.Longitude) < 0.001));
        Assert.Empty(withFeed.Routes);
    }

    [Fact]
    public void With_SameFeedAndDates_SameDevices()
    {
        var city = CityGenerator.Generate(5, SimulationScale.Tiny);
        var (network, _) = RealFeed.Rebased(RealFeed.Caltrain);

        var first = TransitFeedCity.With(city, new TransitFleet(network, RealFeed.Today, RealFeed.Today.AddDays(6), 300));
        var second = TransitFeedCity.With(city, new TransitFleet(network, RealFeed.Today, RealFeed.Today.AddDays(6), 300));

        Assert.Equal(Polis.Simulator.Runtime.CityProvisioner.Csv(first.Devices), Polis.Simulator.Runtime.CityProvisioner.Csv(second.Devices));
    }
}
