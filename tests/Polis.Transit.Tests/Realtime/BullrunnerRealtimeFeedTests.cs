using Polis.Transit.Gtfs.Reading;
using Polis.Transit.Live;
using Polis.Transit.Realtime;
using Polis.Transit.Realtime.Protobuf;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tests.Realtime;

/// <summary>
/// Polis's feeds over real data: the Bull Runner static feed (read with GtfsZipReader; every trip is frequency-based
/// with exact_times=0) and the positions of its real VehiclePositions message. Each real vehicle is put on a run of
/// its route under way at the message's time (10:52 on a Wednesday in Tampa), the k-th vehicle of a route on the
/// k-th latest run, and the feeds Polis builds must pass the validator's rules.
/// </summary>
public sealed class BullrunnerRealtimeFeedTests
{
    [Fact]
    public void Build_RealVehiclesOnRealRuns_HeadwayBasedFeedsPassTheRules()
    {
        var real = FeedMessage.Parser.ParseFrom(File.ReadAllBytes(BullrunnerVehiclePositionsTests.MessagePath));
        var reported = DateTimeOffset.FromUnixTimeSeconds((long)real.Header.Timestamp);
        TransitNetwork network;
        using (var zip = RealFeeds.Open(RealFeeds.BullRunner))
        {
            network = TransitNetworkBuilder.Build(1, GtfsZipReader.Read(zip, DateOnly.FromDateTime(reported.UtcDateTime)).Feed);
        }

        var vehicles = real.Entity.Select(e => e.Vehicle).GroupBy(v => v.Trip.RouteId)
            .SelectMany(route => route.Select((v, k) => OnRun(v, RunOf(network, route.Key, reported, k), reported)))
            .ToList();
        var input = new RealtimeFeedInput(network, vehicles, [], [], reported.AddSeconds(5), TimeSpan.FromMinutes(5));

        var (positions, updates, _) = FeedBuilderAssertions.BuildValid(input);

        Assert.Equal(10, positions.Entity.Count(e => e.Vehicle.Trip is not null));
        Assert.Equal(10, updates.Entity.Count);
        Assert.All(updates.Entity, e => Assert.Equal(TripDescriptor.Types.ScheduleRelationship.Unscheduled, e.TripUpdate.Trip.ScheduleRelationship));
        Assert.All(updates.Entity, e => Assert.True(e.TripUpdate.Trip.HasStartTime && e.TripUpdate.Trip.StartDate == "20170913"));
        var first = positions.Entity.Single(e => e.Vehicle.Vehicle.Id == "1536").Vehicle;
        Assert.Equal(("F", 28.0662212f), (first.Trip.RouteId, first.Position.Latitude));
        Assert.Equal(180f, first.Position.Bearing);
    }

    /// <summary>The k-th latest run of the route's weekday trip that has started by <paramref name="now"/>.</summary>
    private static TripInstance RunOf(TransitNetwork network, string routeId, DateTimeOffset now, int k) =>
        network.InstancesBetween(now.AddHours(-3), now, routeId)
            .Where(r => r.ScheduledStart <= now)
            .OrderByDescending(r => r.ScheduledStart)
            .ElementAt(k);

    /// <summary>Heading for the first stop not yet scheduled to be passed, on time (no predictions: the delay is carried).</summary>
    private static VehicleState OnRun(Polis.Transit.Realtime.Protobuf.VehiclePosition real, TripInstance run, DateTimeOffset reported)
    {
        var next = Enumerable.Range(0, run.Trip.Stops.Count).FirstOrDefault(i => run.ScheduledArrival(i) >= reported, run.Trip.Stops.Count - 1);
        var position = new Live.VehiclePosition(real.Position.Latitude, real.Position.Longitude, real.Position.Bearing, null, reported);
        return new VehicleState(real.Vehicle.Id, null, position, run, TripMatchSource.Matched, null, next, VehicleStopStatus.InTransitTo, 0, null, null, [], reported);
    }
}
