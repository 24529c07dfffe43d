using Polis.Simulator.Transit;
using Polis.Transit.Geometry;
using Polis.Transit.Timetable;

namespace Polis.Simulator.Tests.Transit;

/// <summary>Duties from real timetables: every run driven by exactly one vehicle, no vehicle in two places at once.</summary>
public sealed class DutyPlannerTests
{
    [Theory]
    [InlineData(RealFeed.Caltrain, 2)] // Wednesday: weekday trains
    [InlineData(RealFeed.Caltrain, 5)] // Saturday
    [InlineData(RealFeed.BullRunner, 0)] // Monday: frequency-based loops all day
    [InlineData(RealFeed.BullRunner, 4)] // Friday: until 17:30
    [InlineData(RealFeed.Bart, 2)] // a route per direction, and AirBART's frequencies
    public void Plan_RealFeed_EveryRunOnceAndNoVehicleOverlaps(string feed, int daysAfterMonday)
    {
        var (network, _) = RealFeed.Rebased(feed);
        var date = new DateOnly(2026, 11, 30).AddDays(daysAfterMonday);

        var duties = DutyPlanner.Plan(network, date);

        var runs = Runs(network, date);
        var planned = duties.SelectMany(d => d.Trips).Select(r => r.Key).ToList();
        Assert.NotEmpty(runs);
        Assert.Equal(runs.Order(StringComparer.Ordinal), planned.Order(StringComparer.Ordinal)); // each run once, none invented
        Assert.True(duties.Count < runs.Count / 2, $"{duties.Count} vehicles for {runs.Count} runs: runs are chained");
        foreach (var duty in duties)
        {
            foreach (var (last, next) in duty.Trips.Zip(duty.Trips.Skip(1)))
            {
                Assert.True(last.ScheduledEnd + DutyPlanner.MinLayover <= next.ScheduledStart, $"{last.Key} then {next.Key}");
                Assert.True(Metres(network, last.Trip.Stops[^1].StopId, next.Trip.Stops[0].StopId) <= DutyPlanner.TerminusMetres, $"{last.Key} ends far from where {next.Key} starts");
            }
        }

        Assert.Equal(duties.OrderBy(d => d.Start), duties);
    }

    [Fact]
    public void Plan_BullRunnerMonday_FrequencyRunsChainedOnTheirRoutesBuses()
    {
        var (network, _) = RealFeed.Rebased(RealFeed.BullRunner);

        var duties = DutyPlanner.Plan(network, new DateOnly(2026, 11, 30));

        // Route A: a 19:43 loop every 10 minutes needs three buses with a 3-minute layover (22:43 > 20:00), and its
        // terminus is its own, so they drive nothing else. C, E and F share theirs and may lend each other a bus.
        var a = duties.Where(d => d.Trips.Any(t => t.Trip.Route.Id == "A")).ToList();
        Assert.Equal(3, a.Count);
        Assert.All(a, d => Assert.All(d.Trips, t => Assert.Equal("A", t.Trip.Route.Id)));
        Assert.True(duties.Count(d => d.Trips.Select(t => t.Trip.Route.Id).Distinct().Count() == 1) > duties.Count / 2);
        Assert.Contains(duties, d => d.Trips.Count > 20);
    }

    [Fact]
    public void Plan_BartWeekday_ADirectionsRunsReturnOnTheOthersRoute()
    {
        var (network, _) = RealFeed.Rebased(RealFeed.Bart);

        var duties = DutyPlanner.Plan(network, new DateOnly(2026, 12, 2));

        // BART gives each direction its own route_id: a train goes out on 01 and comes back on 02.
        Assert.InRange(duties.Count, 30, 150);
        Assert.Contains(duties, d => d.Trips.Select(t => t.Trip.Route.Id).ToHashSet().SetEquals(["01", "02"]));
    }

    [Fact]
    public void Plan_IslandTransitBlocks_ABlockIsOneVehicle()
    {
        var (network, _) = RealFeed.Rebased(RealFeed.IslandTransit);
        var date = new DateOnly(2026, 12, 2);

        var duties = DutyPlanner.Plan(network, date);

        var blocks = duties.Where(d => d.Trips[0].Trip.Trip.BlockId is { Length: > 0 }).ToList();
        Assert.NotEmpty(blocks);
        Assert.All(blocks, d => Assert.Single(d.Trips.Select(t => t.Trip.Trip.BlockId).Distinct()));
        var blockIds = Runs(network, date).Select(k => network.Trips[k[..k.IndexOf('@', StringComparison.Ordinal)]].Trip.BlockId).Where(b => b is { Length: > 0 }).Distinct().Count();
        Assert.True(blocks.Count >= blockIds);
        Assert.All(blocks, d => Assert.True(d.Trips.Zip(d.Trips.Skip(1)).All(p => p.First.ScheduledEnd <= p.Second.ScheduledStart)));
    }

    private static List<string> Runs(TransitNetwork network, DateOnly date)
    {
        var services = network.Calendar.ActiveServices(date);
        var dayStart = network.ServiceDayStart(date);
        return [.. network.Trips.Values.Where(t => services.Contains(t.Trip.ServiceId)).SelectMany(t => t.RunOffsets().Select(o => new TripInstance(t, date, dayStart, o).Key))];
    }

    private static double Metres(TransitNetwork network, string a, string b)
    {
        var (x, y) = (network.Stops[a], network.Stops[b]);
        return GeoMath.DistanceMetres(x.Latitude!.Value, x.Longitude!.Value, y.Latitude!.Value, y.Longitude!.Value);
    }
}
