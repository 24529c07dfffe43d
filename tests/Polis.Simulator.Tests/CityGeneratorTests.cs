using Polis.Simulator.Generation;
using Polis.Simulator.Model;
using Polis.Simulator.Runtime;

namespace Polis.Simulator.Tests;

public sealed class CityGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_IdenticalCityAndDevices()
    {
        var a = CityGenerator.Generate(7, SimulationScale.Small);
        var b = CityGenerator.Generate(7, SimulationScale.Small);

        Assert.Equal(CityProvisioner.Csv(a.Devices), CityProvisioner.Csv(b.Devices));
        Assert.Equal(a.Districts.SelectMany(d => d.Polygon), b.Districts.SelectMany(d => d.Polygon));
        Assert.Equal(a.Streets.Nodes, b.Streets.Nodes);
        Assert.Equal(a.Routes.SelectMany(r => r.StopIds), b.Routes.SelectMany(r => r.StopIds));
    }

    [Fact]
    public void Generate_DifferentSeed_DifferentCity()
    {
        var a = CityGenerator.Generate(7, SimulationScale.Small);
        var b = CityGenerator.Generate(8, SimulationScale.Small);

        Assert.NotEqual(a.Devices.Select(d => d.Location), b.Devices.Select(d => d.Location));
        Assert.NotEqual(a.Districts[0].Polygon, b.Districts[0].Polygon);
        Assert.DoesNotContain(a.Devices.Select(d => d.Id), b.Devices.Select(d => d.Id).ToHashSet().Contains);
    }

    [Theory]
    [InlineData(SimulationScale.Tiny, 10, 40)]
    [InlineData(SimulationScale.Small, 900, 1_100)]
    [InlineData(SimulationScale.City, 18_000, 22_000)]
    [InlineData(SimulationScale.Metropolis, 180_000, 220_000)]
    public void Generate_Preset_DeviceCountWithinBoundsAndEveryKindPresent(SimulationScale scale, int min, int max)
    {
        var city = CityGenerator.Generate(42, scale);

        Assert.InRange(city.Devices.Count, min, max);
        Assert.Equal(city.Preset.DeviceCount, city.Devices.Count);
        Assert.All(Enum.GetValues<DeviceKind>(), kind => Assert.Contains(city.Devices, d => d.Kind == kind));
        Assert.Equal(city.Devices.Count, city.Devices.Select(d => d.Id).Distinct().Count());
        Assert.Equal(Enumerable.Range(0, city.Devices.Count), city.Devices.Select(d => d.Index));
    }

    [Theory]
    [InlineData(SimulationScale.Tiny)]
    [InlineData(SimulationScale.Small)]
    [InlineData(SimulationScale.City)]
    public void Generate_EveryDevice_InsideItsDistrictPolygonAndNoOtherDistrict(SimulationScale scale)
    {
        var city = CityGenerator.Generate(3, scale);
        var districts = city.Districts.ToDictionary(d => d.Id);

        Assert.All(city.Devices, d =>
        {
            Assert.True(Geo.Contains(districts[d.DistrictId].Polygon, d.Location), $"{d.Id} at {d.Location} is outside {d.DistrictId}");
            Assert.Single(city.Districts, district => Geo.Contains(district.Polygon, d.Location));
        });
    }

    [Fact]
    public void Generate_Districts_NamedDistinctAndStreetsConnectNeighbours()
    {
        var city = CityGenerator.Generate(5, SimulationScale.City);

        Assert.Equal(16, city.Districts.Count);
        Assert.Equal(city.Districts.Count, city.Districts.Select(d => d.Name).Distinct().Count());
        Assert.All(city.Streets.Edges, e => Assert.InRange(Geo.DistanceMetres(city.Streets.Nodes[e.From], city.Streets.Nodes[e.To]), 100, 500));
    }

    [Fact]
    public void Generate_BusRoutes_FollowStreetsAndStopOnTheRoute()
    {
        var city = CityGenerator.Generate(11, SimulationScale.Small);
        var edges = city.Streets.Edges.Select(e => (city.Streets.Nodes[e.From], city.Streets.Nodes[e.To])).ToHashSet();

        Assert.Equal(6, city.Routes.Count);
        Assert.All(city.Routes, route =>
        {
            for (var i = 1; i < route.Path.Count; i++)
            {
                Assert.True(edges.Contains((route.Path[i - 1], route.Path[i])) || edges.Contains((route.Path[i], route.Path[i - 1])), $"{route.Id} leaves the streets at {i}");
            }

            Assert.Equal(0, route.StopNodes[0]);
            Assert.Equal(route.Path.Count - 1, route.StopNodes[^1]);
            Assert.True(route.StopNodes.Count >= 2);
        });
    }
}
