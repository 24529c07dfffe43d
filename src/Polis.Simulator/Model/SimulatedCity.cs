namespace Polis.Simulator.Model;

/// <summary>Everything generated for one seed and scale; pure data, identical for identical inputs.</summary>
public sealed record SimulatedCity(
    int Seed,
    ScalePreset Preset,
    GeoPosition Centre,
    IReadOnlyList<District> Districts,
    StreetNetwork Streets,
    IReadOnlyList<Site> Sites,
    IReadOnlyList<BusRoute> Routes,
    IReadOnlyList<SimulatedDevice> Devices)
{
    /// <summary>The label every simulated device carries, so the simulator finds its own devices again.</summary>
    public const string SimulatedLabel = "simulated";
}
