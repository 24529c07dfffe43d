using Polis.Transit.Geometry;
using Polis.Transit.Gtfs;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tests;

public sealed class TransitNetworkTests
{
    [Fact]
    public void Build_BlankTimepoint_InterpolatedByDistance()
    {
        var network = TransitNetworkBuilder.Build(1, TestFeeds.StraightLine());

        var stops = network.Trips["out"].Stops;
        Assert.Equal([0, 1000, 2000], stops.Select(s => Math.Round(s.DistanceMetres)));
        Assert.Equal((8 * 3600) + 300, stops[1].Arrival);
        Assert.Equal((8 * 3600) + 300, stops[1].Departure);
    }

    [Fact]
    public void Build_TripWithoutShape_LineThroughItsStops()
    {
        var network = TransitNetworkBuilder.Build(1, TestFeeds.StraightLine());

        var back = network.Trips["back"];
        Assert.True(back.ShapeFromStops);
        Assert.Equal(2000, back.Shape.LengthMetres, 0);
        Assert.Equal([0, 1000, 2000], back.Stops.Select(s => Math.Round(s.DistanceMetres)));
    }

    [Fact]
    public void StopDistanceAssigner_OutAndBackShape_StopsKeepTheirOrder()
    {
        // The shape goes east 2 km and back: stop A is at both ends, the naive nearest point would put the last stop at 0.
        var east = TestFeeds.Degrees(2000);
        var shape = new ShapeLine("loop", [(55.0, 12.0), (55.0, 12.0 + east), (55.0001, 12.0)]);

        var placed = StopDistanceAssigner.Assign(shape, [(55.0, 12.0), (55.0, 12.0 + east), (55.0001, 12.0)]);

        Assert.Equal(0, placed[0], 0);
        Assert.Equal(2000, placed[1], 0);
        Assert.Equal(shape.LengthMetres, placed[2], 0);
    }

    [Fact]
    public void InstancesBetween_TripPastMidnight_FoundFromThePreviousServiceDate()
    {
        var network = TransitNetworkBuilder.Build(1, TestFeeds.StraightLine());

        // "back" runs 25:00–25:10:30 on its service date: 01:05 on the next calendar day.
        var at = new DateTimeOffset(2026, 3, 11, 1, 5, 0, TimeSpan.Zero);
        var instance = Assert.Single(network.InstancesBetween(at, at));

        Assert.Equal("back", instance.Trip.Id);
        Assert.Equal(new DateOnly(2026, 3, 10), instance.ServiceDate);
        Assert.Equal("25:00:00", instance.StartTimeText);
        Assert.Equal(new DateTimeOffset(2026, 3, 11, 1, 5, 0, TimeSpan.Zero), instance.ScheduledArrival(1));
    }

    [Fact]
    public void ServiceDayStart_DaylightSavingDay_IsNoonMinusTwelveHours()
    {
        var network = TransitNetworkBuilder.Build(1, TestFeeds.StraightLine("Europe/Copenhagen"));

        // 29 March 2026: clocks go from 02:00 to 03:00. Noon is 10:00 UTC, so the reference is 22:00 UTC the day
        // before (23:00 local, not midnight), and the feed's 08:00:00 is 06:00 UTC: 08:00 local summer time.
        var start = network.ServiceDayStart(new DateOnly(2026, 3, 29));

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 22, 0, 0, TimeSpan.Zero), start);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 6, 0, 0, TimeSpan.Zero), network.Instance("out", new DateOnly(2026, 3, 29))!.ScheduledStart);
    }

    [Fact]
    public void StopTimetable_CalendarDateRemoval_NoCallsThatDay()
    {
        var feed = TestFeeds.StraightLine();
        feed.CalendarDates.Add(new GtfsCalendarDate("daily", new DateOnly(2026, 12, 25), GtfsExceptionType.Removed));
        var network = TransitNetworkBuilder.Build(1, feed);

        Assert.Empty(network.StopTimetable("B", new DateOnly(2026, 12, 25)));
        var calls = network.StopTimetable("B", new DateOnly(2026, 12, 24));
        Assert.Equal(["out", "back"], calls.Select(c => c.Instance.Trip.Id));
        Assert.Equal(new DateTimeOffset(2026, 12, 25, 1, 5, 30, TimeSpan.Zero), calls[1].Departure);
    }

    [Fact]
    public void RunOffsets_FrequencyTrip_OneRunPerHeadway()
    {
        var feed = TestFeeds.StraightLine();
        feed.Frequencies.Add(new GtfsFrequency("out", 6 * 3600, 7 * 3600, 1200, ExactTimes: false));
        var network = TransitNetworkBuilder.Build(1, feed);

        var runs = network.StopTimetable("A", new DateOnly(2026, 6, 1)).Where(c => c.Instance.Trip.Id == "out").ToList();

        Assert.Equal(["06:00:00", "06:20:00", "06:40:00"], runs.Select(r => r.Instance.StartTimeText));
    }

    [Fact]
    public void GtfsTime_TryParse_AcceptsPastMidnightRefusesBadMinutes()
    {
        Assert.True(GtfsTime.TryParse("25:35:00", out var late));
        Assert.Equal((25 * 3600) + (35 * 60), late);
        Assert.True(GtfsTime.TryParse(" 7:05:09", out var early));
        Assert.Equal((7 * 3600) + 309, early);
        Assert.False(GtfsTime.TryParse("07:60:00", out _));
        Assert.False(GtfsTime.TryParse("7:5:9", out _));
        Assert.False(GtfsTime.TryParse("", out _));
    }
}
