using Polis.Transit.Timetable;

namespace Polis.Transit.Tests.Tracking;

/// <summary>The real feeds' networks, each built once per test run.</summary>
internal static class RealNetworks
{
    private static readonly Lazy<TransitNetwork> s_caltrain = new(() => RealFeeds.Network(RealFeeds.Caltrain, 10));
    private static readonly Lazy<TransitNetwork> s_bullRunner = new(() => RealFeeds.Network(RealFeeds.BullRunner, 11));

    /// <summary>Caltrain, March 2009: schedule-based, two directions, San Francisco a terminus of every trip.</summary>
    public static TransitNetwork Caltrain => s_caltrain.Value;

    /// <summary>The USF Bull Runner: frequency-based campus loops (exact_times=0).</summary>
    public static TransitNetwork BullRunner => s_bullRunner.Value;
}
