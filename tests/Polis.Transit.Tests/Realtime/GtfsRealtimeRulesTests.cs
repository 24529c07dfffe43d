using Polis.Transit.Realtime;
using Polis.Transit.Realtime.Protobuf;
using static Polis.Transit.Tests.Realtime.RealtimeScenario;

namespace Polis.Transit.Tests.Realtime;

/// <summary>The checker itself must fail on feeds that break the rules, or a passing builder test would prove nothing.</summary>
public sealed class GtfsRealtimeRulesTests
{
    private static (FeedMessage Positions, FeedMessage Updates) ValidFeeds()
    {
        var input = Input([OnRun("bus-1", Out, 0, 60), OnRun("shuttle-1", Shuttle0800, 1, 0)]);
        return (VehiclePositionsFeedBuilder.Build(input), TripUpdatesFeedBuilder.Build(input));
    }

    private static List<string> Findings(FeedMessage feed, DateTimeOffset? now = null) => GtfsRealtimeRules.Check(feed, Network, now ?? Now);

    [Fact]
    public void Check_ValidFeeds_NoFindings()
    {
        var (positions, updates) = ValidFeeds();

        Assert.Empty(Findings(positions).Concat(Findings(updates)).Concat(GtfsRealtimeRules.CheckPairing(positions, updates)));
    }

    [Fact]
    public void Check_UnsortedRepeatedOrDecreasingStops_E002E036E037E022E025()
    {
        var (_, updates) = ValidFeeds();
        var stops = updates.Entity.Single(e => e.Id == Out.Key).TripUpdate.StopTimeUpdate;
        var swapped = stops[0].Clone();
        stops[0] = stops[1].Clone();
        stops[1] = swapped;
        stops.Add(stops[2].Clone());
        stops[0].Departure.Time = stops[0].Arrival.Time - 1;

        var findings = Findings(updates);

        Assert.Contains(findings, f => f.StartsWith("E002", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("E036", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("E037", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("E022", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("E025", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_StaleHeaderMillisecondsAndMissingIncrementality_W008E001E049E012()
    {
        var (positions, _) = ValidFeeds();
        var stale = Findings(positions, Now.AddSeconds(65));
        positions.Entity[0].Vehicle.Timestamp = (ulong)Now.ToUnixTimeMilliseconds();
        positions.Header = new FeedHeader { GtfsRealtimeVersion = "2.0", Timestamp = positions.Header.Timestamp };

        var broken = Findings(positions);

        Assert.Contains(stale, f => f.StartsWith("W008", StringComparison.Ordinal));
        Assert.Contains(broken, f => f.StartsWith("E001", StringComparison.Ordinal));
        Assert.Contains(broken, f => f.StartsWith("E012", StringComparison.Ordinal));
        Assert.Contains(broken, f => f.StartsWith("E049", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnknownIdsMissingStartTimeAndDuplicateVehicles_E003E004E011E006E052W001()
    {
        var (positions, updates) = ValidFeeds();
        var update = updates.Entity.Single(e => e.Id == Out.Key).TripUpdate;
        update.Trip.TripId = "nope";
        update.Trip.RouteId = "R9";
        update.StopTimeUpdate[0].StopId = "Z";
        update.ClearTimestamp();
        updates.Entity.Single(e => e.Id == Shuttle0800.Key).TripUpdate.Trip.ClearStartTime();
        positions.Entity[1].Vehicle.Vehicle.Id = positions.Entity[0].Vehicle.Vehicle.Id;

        var findings = Findings(updates).Concat(Findings(positions)).ToList();

        foreach (var rule in new[] { "E003", "E004", "E011", "E006", "E052", "W001" })
        {
            Assert.Contains(findings, f => f.StartsWith(rule, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Check_RunWithTwoVehiclesOrTwoTripUpdates_OneVehiclePerTripInstance()
    {
        var input = Input([OnRun("bus-1", Out, 1, 60), OnRun("bus-2", Out, 1, 900)]);
        var positions = VehiclePositionsFeedBuilder.Build(input);
        var updates = TripUpdatesFeedBuilder.Build(input);
        Assert.Empty(Findings(positions).Concat(Findings(updates)));
        var second = positions.Entity.Single(e => e.Vehicle.Vehicle.Id == "bus-2").Vehicle;
        second.Trip = positions.Entity.Single(e => e.Vehicle.Vehicle.Id == "bus-1").Vehicle.Trip.Clone();
        var copy = updates.Entity[0].Clone();
        copy.Id = "another";
        updates.Entity.Add(copy);
        var third = updates.Entity[0].Clone();
        third.Id = "third";
        third.TripUpdate.Trip.TripId = "back";
        updates.Entity.Add(third);

        var findings = Findings(positions).Concat(Findings(updates)).ToList();

        Assert.Contains(findings, f => f.StartsWith("trip run 'out@20260305T' has 2 vehicles", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("trip run 'out@20260305T' has 2 trip updates", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("vehicle 'bus-1' is in more than one trip update", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckPairing_VehicleOnAnotherTripOrMissing_E047W003()
    {
        var (positions, updates) = ValidFeeds();
        updates.Entity.Single(e => e.Id == Out.Key).TripUpdate.Vehicle.Id = "bus-other";
        positions.Entity.RemoveAt(positions.Entity.ToList().FindIndex(e => e.Vehicle.Vehicle.Id == "shuttle-1"));

        var findings = GtfsRealtimeRules.CheckPairing(positions, updates);

        Assert.Contains(findings, f => f.StartsWith("E047", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("W003", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_AlertWithoutInformedEntityOrSpecifier_E032E033()
    {
        var feed = FeedMessages.Empty(Now);
        feed.Entity.Add(new FeedEntity { Id = "a1", Alert = new Alert() });
        feed.Entity.Add(new FeedEntity { Id = "a2", Alert = new Alert { InformedEntity = { new EntitySelector() } } });

        var findings = Findings(feed);

        Assert.Contains(findings, f => f.StartsWith("E032", StringComparison.Ordinal));
        Assert.Contains(findings, f => f.StartsWith("E033", StringComparison.Ordinal));
    }

    [Fact]
    public void CheckSequence_TimestampBackwardsOrSameWithNewContent_E018E017()
    {
        var (positions, _) = ValidFeeds();
        var changed = positions.Clone();
        changed.Entity.RemoveAt(0);
        var earlier = positions.Clone();
        earlier.Header.Timestamp -= 1;

        Assert.Contains(GtfsRealtimeRules.CheckSequence(positions, changed), f => f.StartsWith("E017", StringComparison.Ordinal));
        Assert.Contains(GtfsRealtimeRules.CheckSequence(positions, earlier), f => f.StartsWith("E018", StringComparison.Ordinal));
        Assert.Empty(GtfsRealtimeRules.CheckSequence(positions, positions.Clone()));
    }
}
