namespace Polis.Simulator.Model;

/// <summary>Size of the generated city; see <see cref="ScalePreset"/> for the figures.</summary>
public enum SimulationScale
{
    /// <summary>About twenty devices, one of each kind: for tests.</summary>
    Tiny,

    /// <summary>About 1,000 devices: the default, comfortable on 2 cores.</summary>
    Small,

    /// <summary>About 20,000 devices.</summary>
    City,

    /// <summary>About 200,000 devices, for benchmarks.</summary>
    Metropolis,
}
