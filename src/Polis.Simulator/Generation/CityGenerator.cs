using Polis.Simulator.Model;

namespace Polis.Simulator.Generation;

/// <summary>
/// Generates the city for a seed and a scale. Pure and deterministic: the same inputs give an identical city
/// (System.Random with a seed is a stable algorithm across .NET versions), so a restart finds the same devices.
/// </summary>
public static class CityGenerator
{
    /// <summary>Where the city lies (the Øresund coast): any place works, one place keeps maps comparable.</summary>
    public static GeoPosition DefaultCentre { get; } = new(12.568, 55.676);

    public static SimulatedCity Generate(int seed, SimulationScale scale)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(seed);
        var preset = ScalePreset.For(scale);
        var centre = DefaultCentre;
        var southWest = Geo.Offset(centre, -preset.WidthMetres / 2, -preset.HeightMetres / 2);

        // One generator per part, each seeded from the city seed: changing how one part draws numbers does
        // not reshuffle the others.
        var districts = DistrictGenerator.Generate(new Random(Mix(seed, 1)), preset, southWest);
        var streets = StreetGenerator.Generate(new Random(Mix(seed, 2)), preset, southWest);
        var routes = RouteGenerator.Generate(new Random(Mix(seed, 3)), preset, streets);
        var devices = new DeviceGenerator(new Random(Mix(seed, 4)), seed, districts, streets);
        var sites = devices.AddSites(preset);
        devices.AddSiteDevices(sites, preset.WaterMeters);
        devices.AddBuses(routes, preset.BusesPerRoute);
        devices.AddStreetDevices(preset);
        return new SimulatedCity(seed, preset, centre, districts, streets, sites, routes, devices.Devices);
    }

    private static int Mix(int seed, int part) => (int)(Hashing.Mix((ulong)seed, (ulong)part) & int.MaxValue);
}
