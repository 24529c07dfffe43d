namespace Polis.Platform.Geography;

/// <summary>
/// Bounds on an uploaded geography. The generated metropolis (48 districts, a 40 × 32 km street lattice) needs
/// about 4 MB and 130,000 positions; the limits leave room for a real city's streets while keeping one upload,
/// the stored rows and the map's first payload to a size a browser draws at once.
/// </summary>
public static class GeographyLimits
{
    public const int MaxBodyBytes = 16 * 1024 * 1024;

    public const int MaxFeatures = 50_000;

    public const int MaxPositions = 1_000_000;

    public const int MaxNameLength = 200;

    public const int MaxIdLength = 128;
}
