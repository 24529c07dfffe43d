using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Tracking;

public sealed class RunIndexTests
{
    public static TheoryData<int, int> Windows => new()
    {
        { 6 * 60, 10 },         // before service
        { (7 * 60) + 12, 0 },   // one instant
        { (7 * 60) + 5, 30 },
        { (8 * 60) + 50, 120 }, // the end of the day's runs
        { (24 * 60) + 35, 5 },  // the night run of the previous service date
        { (21 * 60) + 55, 20 }, // the loop's last runs
    };

    [Theory]
    [MemberData(nameof(Windows))]
    public void Between_AnyWindow_SameRunsAsInstancesBetween(int fromMinutes, int lengthMinutes)
    {
        foreach (var network in new[] { TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor()), TransitNetworkBuilder.Build(2, TrackingFeeds.Loop()) })
        {
            var from = new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero).AddMinutes(fromMinutes);
            var to = from.AddMinutes(lengthMinutes);
            foreach (var route in network.Routes.Keys)
            {
                var expected = network.InstancesBetween(from, to, route).Select(r => r.Key).Order(StringComparer.Ordinal).ToList();

                var actual = RunIndex.Of(network).Between(route, from, to).Select(r => r.Key).Order(StringComparer.Ordinal).ToList();

                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void RoutesAt_Stop_TheRoutesCallingThere()
    {
        var network = TransitNetworkBuilder.Build(1, TrackingFeeds.Corridor());

        Assert.Equal(["M"], RunIndex.Of(network).RoutesAt("S2"));
        Assert.Equal(["X"], RunIndex.Of(network).RoutesAt("Y0"));
        Assert.Empty(RunIndex.Of(network).RoutesAt("nowhere"));
        Assert.Same(RunIndex.Of(network), RunIndex.Of(network));
    }
}
