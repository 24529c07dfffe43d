using Polis.Transit.Gtfs;

namespace Polis.Transit.Tests;

/// <summary>Small hand-made feeds whose every figure can be checked by hand.</summary>
internal static class TestFeeds
{
    /// <summary>
    /// One route along a straight east-west street at 55.0 N (1 km between stops A, B, C), one trip out at 08:00
    /// and one back, a daily service; B's time is left blank on the way out (interpolated).
    /// </summary>
    public static GtfsFeed StraightLine(string timezone = "Etc/UTC") => new()
    {
        Agencies = [new GtfsAgency("a", "Agency", "https://example.org", timezone)],
        Stops =
        [
            new GtfsStop("A", "Stop A", 55.0, 12.0),
            new GtfsStop("B", "Stop B", 55.0, 12.0 + Degrees(1000)),
            new GtfsStop("C", "Stop C", 55.0, 12.0 + Degrees(2000)),
        ],
        Routes = [new GtfsRoute("R1", "a", "1", "Line one", 3)],
        Trips =
        [
            new GtfsTrip("out", "R1", "daily", DirectionId: 0, ShapeId: "S-out"),
            new GtfsTrip("back", "R1", "daily", DirectionId: 1),
        ],
        StopTimes =
        [
            new GtfsStopTime("out", 1, "A", 8 * 3600, 8 * 3600),
            new GtfsStopTime("out", 2, "B", null, null, Timepoint: false),
            new GtfsStopTime("out", 3, "C", (8 * 3600) + 600, (8 * 3600) + 600),
            new GtfsStopTime("back", 10, "C", (25 * 3600) + 0, (25 * 3600) + 0),
            new GtfsStopTime("back", 20, "B", (25 * 3600) + 300, (25 * 3600) + 330),
            new GtfsStopTime("back", 30, "A", (25 * 3600) + 630, (25 * 3600) + 630),
        ],
        Calendars = [new GtfsCalendar("daily", (GtfsWeekdays)127, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))],
        ShapePoints =
        [
            new GtfsShapePoint("S-out", 1, 55.0, 12.0),
            new GtfsShapePoint("S-out", 2, 55.0, 12.0 + Degrees(2000)),
        ],
    };

    /// <summary>Degrees of longitude at 55 N for <paramref name="metres"/> east.</summary>
    public static double Degrees(double metres) => metres / (6_371_008.8 * Math.PI / 180 * Math.Cos(55.0 * Math.PI / 180));
}
