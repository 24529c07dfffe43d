namespace Polis.Simulator.Generation;

/// <summary>
/// Stateless randomness: SplitMix64 over (a, b, c). Behaviours ask "does device 17 leak on day 20000?" and
/// get the same answer from any process at any time, with no state to keep or restore.
/// </summary>
public static class Hashing
{
    public static ulong Mix(ulong a, ulong b, ulong c = 0)
    {
        var z = a + (0x9E3779B97F4A7C15UL * (b + 1)) + (0xBF58476D1CE4E5B9UL * (c + 1));
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform number in [0, 1) for the triple.</summary>
    public static double Unit(long a, long b, long c = 0) => (Mix((ulong)a, (ulong)b, (ulong)c) >> 11) * (1.0 / (1UL << 53));
}
