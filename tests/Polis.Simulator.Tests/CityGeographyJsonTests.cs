using System.Text;
using Polis.Platform.Geography;
using Polis.Simulator.Generation;
using Polis.Simulator.Model;
using Polis.Simulator.Runtime;

namespace Polis.Simulator.Tests;

/// <summary>The geography the simulator uploads is the generated city's, and the platform's own validator accepts it.</summary>
public sealed class CityGeographyJsonTests
{
    [Theory]
    [InlineData(SimulationScale.Tiny)]
    [InlineData(SimulationScale.City)]
    public void Build_GeneratedCity_PlatformAcceptsItWithEveryDistrictAndStreet(SimulationScale scale)
    {
        var city = CityGenerator.Generate(5, scale);

        var parsed = GeographyValidator.Parse(Encoding.UTF8.GetBytes(CityGeographyJson.Build(city).ToJsonString()));

        Assert.Empty(parsed.Errors);
        var districts = parsed.Features!.Where(f => f.Kind == GeographyKind.District).ToList();
        Assert.Equal(city.Districts.Select(d => (d.Id, d.Name)), districts.Select(f => (f.Id!, f.Name)));
        var streets = parsed.Features!.Where(f => f.Kind == GeographyKind.Street).Select(f => f.Name).ToList();
        Assert.Equal(city.Streets.Edges.Select(e => e.Name).Distinct().Order(StringComparer.Ordinal), streets.Order(StringComparer.Ordinal));
        Assert.All(city.Devices, d => Assert.Contains(districts, f => f.Id == d.DistrictId));
    }

    [Fact]
    public void StreetLines_Lattice_EverySegmentOnceInOneLine()
    {
        var streets = CityGenerator.Generate(5, SimulationScale.Small).Streets;

        var lines = CityGeographyJson.StreetLines(streets);

        var segments = lines.SelectMany(s => s.Lines.SelectMany(l => l.Zip(l.Skip(1), (from, to) => (s.Name, from, to)))).ToList();
        Assert.Equal(streets.Edges.Select(e => (e.Name, e.From, e.To)).Order(), segments.Order());
        // A lattice street is one unbroken line.
        Assert.All(lines, s => Assert.Single(s.Lines));
    }
}
