using Polis.Dashboard.Transit;
using Polis.Transit.Gtfs;
using Polis.Transit.Timetable;

namespace Polis.Dashboard.Tests.Transit;

/// <summary>The network as the transit map draws it: one line per distinct shape, stops with the routes calling there, colours.</summary>
public sealed class TransitMapNetworkTests
{
    [Fact]
    public void Payload_DistinctShapesPerRoute_StopsWithTheirRoutes_ColoursFromTheFeedOrThePalette()
    {
        var network = TransitNetworkBuilder.Build(7, new GtfsFeed
        {
            Agencies = [new GtfsAgency("A", "Agency", "https://example.org", "Etc/UTC")],
            Stops = [new GtfsStop("S1", "One", 55.0, 12.0), new GtfsStop("S2", "Two", 55.0, 12.01), new GtfsStop("S3", "Three", 55.01, 12.01), new GtfsStop("P", "Parent", 55.0, 12.0, GtfsLocationType.Station)],
            Routes = [new GtfsRoute("R2", "A", "2", null, 3), new GtfsRoute("R1", "A", "1", null, 3, Color: "AA00BB")],
            Trips = [new GtfsTrip("T1", "R1", "ALL", ShapeId: "SH1"), new GtfsTrip("T2", "R1", "ALL", ShapeId: "SH1"), new GtfsTrip("T3", "R2", "ALL")],
            StopTimes =
            [
                new GtfsStopTime("T1", 1, "S1", 0, 0), new GtfsStopTime("T1", 2, "S2", 600, 600),
                new GtfsStopTime("T2", 1, "S1", 3600, 3600), new GtfsStopTime("T2", 2, "S2", 4200, 4200),
                new GtfsStopTime("T3", 1, "S2", 0, 0), new GtfsStopTime("T3", 2, "S3", 600, 600),
            ],
            ShapePoints = [new GtfsShapePoint("SH1", 1, 55.0, 12.0), new GtfsShapePoint("SH1", 2, 55.0000004, 12.005), new GtfsShapePoint("SH1", 3, 55.0, 12.01)],
            Calendars = [new GtfsCalendar("ALL", (GtfsWeekdays)127, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))],
        });

        var payload = new TransitMapNetwork(network).Payload;

        Assert.Equal(7, payload.FeedId);
        Assert.Equal(["R1", "R2"], payload.RouteIds); // by name: 1, 2
        Assert.Equal("#aa00bb", payload.RouteColours[0]);
        Assert.Equal(RouteColours.Of(network.Routes["R2"]), payload.RouteColours[1]);
        Assert.Equal(2, payload.Shapes.Length); // T1 and T2 share SH1; T3's line goes through its stops
        Assert.Equal([0, 1], payload.ShapeRoute);
        Assert.Equal([55.0, 12.0, 55.0, 12.005, 55.0, 12.01], payload.Shapes[0]);
        Assert.Equal(["S1", "S2", "S3"], payload.StopIds); // the station no trip calls at is left out
        Assert.Equal([[0], [0, 1], [1]], payload.StopRoutes);
    }

    [Fact]
    public void RouteColours_TextContrastsWithTheBackground()
    {
        Assert.Equal("#ffffff", RouteColours.TextOf(new GtfsRoute("R", null, "R", null, 3, Color: "1565C0")));
        Assert.Equal("#000000", RouteColours.TextOf(new GtfsRoute("R", null, "R", null, 3, Color: "FFEB3B")));
        Assert.Equal("#123456", RouteColours.TextOf(new GtfsRoute("R", null, "R", null, 3, Color: "FFEB3B", TextColor: "123456")));
        Assert.Equal(RouteColours.Of(new GtfsRoute("X", null, null, null, 3, Color: "nonsense")), RouteColours.Of(new GtfsRoute("X", null, null, null, 3)));
    }
}
