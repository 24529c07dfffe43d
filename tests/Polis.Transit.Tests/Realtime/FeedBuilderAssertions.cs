using Google.Protobuf;
using Polis.Transit.Realtime;
using Polis.Transit.Realtime.Protobuf;

namespace Polis.Transit.Tests.Realtime;

/// <summary>Builds the three feeds from one input, decodes them from their bytes as a consumer would, and checks the validator's rules.</summary>
internal static class FeedBuilderAssertions
{
    public static (FeedMessage Positions, FeedMessage Updates, FeedMessage Alerts) BuildValid(RealtimeFeedInput input)
    {
        var positions = RoundTrip(VehiclePositionsFeedBuilder.Build(input));
        var updates = RoundTrip(TripUpdatesFeedBuilder.Build(input));
        var alerts = RoundTrip(AlertsFeedBuilder.Build(input));
        var findings = GtfsRealtimeRules.Check(positions, input.Network, input.Now)
            .Concat(GtfsRealtimeRules.Check(updates, input.Network, input.Now))
            .Concat(GtfsRealtimeRules.Check(alerts, input.Network, input.Now))
            .Concat(GtfsRealtimeRules.CheckPairing(positions, updates))
            .ToList();
        Assert.True(findings.Count == 0, string.Join('\n', findings));
        return (positions, updates, alerts);
    }

    public static FeedMessage RoundTrip(FeedMessage feed) => FeedMessage.Parser.ParseFrom(feed.ToByteArray());
}
