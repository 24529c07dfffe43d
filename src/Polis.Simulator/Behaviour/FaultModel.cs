using Polis.Simulator.Generation;

namespace Polis.Simulator.Behaviour;

/// <summary>
/// Faults, decided per device from its key and the time so every run agrees: a device goes offline for a
/// whole hour now and then, a sensor spikes in a single reading. Meters leak instead (<see cref="MeterModel"/>).
/// </summary>
public static class FaultModel
{
    /// <summary>Share of device-hours spent offline: at 1,000 devices about four are offline at any time.</summary>
    public const double OfflineProbability = 0.004;

    /// <summary>Share of readings that carry a spike.</summary>
    public const double SpikeProbability = 0.002;

    public static bool IsOffline(long key, DateTimeOffset time) =>
        Hashing.Unit(key, time.UtcTicks / TimeSpan.TicksPerHour, 31) < OfflineProbability;

    public static bool Spikes(long key, DateTimeOffset time) =>
        Hashing.Unit(key, time.UtcTicks / TimeSpan.TicksPerSecond, 32) < SpikeProbability;
}
