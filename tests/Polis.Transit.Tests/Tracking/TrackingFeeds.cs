using Polis.Transit.Gtfs;

namespace Polis.Transit.Tests.Tracking;

/// <summary>Feeds made in code for tracking tests: a corridor with both directions and a late trip, and a frequency loop.</summary>
internal static class TrackingFeeds
{
    public const double Latitude = 55.0;
    public const double Longitude = 12.0;

    /// <summary>
    /// Route M along a 4 km east-west street, stops S0…S4 every 1 km. Eastbound runs leave S0 every 15 min from 07:00
    /// to 08:45 (E0700…), westbound every 15 min from 07:05 (W0705…), plus an eastbound night run at 24:30 (E2430).
    /// Each run: 120 s between stops, 30 s dwell at S1–S3 (S2 not a timepoint), 9.5 min end to end.
    /// </summary>
    public static GtfsFeed Corridor()
    {
        var feed = new GtfsFeed
        {
            Agencies = [new GtfsAgency("a", "Agency", "https://example.org", "Etc/UTC")],
            Stops = [.. Enumerable.Range(0, 5).Select(i => new GtfsStop($"S{i}", $"Stop {i}", Latitude, Longitude + TestFeeds.Degrees(i * 1000)))],
            Routes = [new GtfsRoute("M", "a", "M", "Main street", 3), new GtfsRoute("X", "a", "X", "Elsewhere", 3)],
            Calendars = [new GtfsCalendar("daily", (GtfsWeekdays)127, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))],
            ShapePoints =
            [
                new GtfsShapePoint("east", 1, Latitude, Longitude),
                new GtfsShapePoint("east", 2, Latitude, Longitude + TestFeeds.Degrees(4000)),
                new GtfsShapePoint("west", 1, Latitude, Longitude + TestFeeds.Degrees(4000)),
                new GtfsShapePoint("west", 2, Latitude, Longitude),
            ],
        };

        for (var start = 7 * 3600; start < 9 * 3600; start += 900)
        {
            AddRun(feed, $"E{start / 3600:D2}{start / 60 % 60:D2}", 0, "east", start, [0, 1, 2, 3, 4]);
            AddRun(feed, $"W{(start + 300) / 3600:D2}{(start + 300) / 60 % 60:D2}", 1, "west", start + 300, [4, 3, 2, 1, 0]);
        }

        AddRun(feed, "E2430", 0, "east", (24 * 3600) + 1800, [0, 1, 2, 3, 4]);

        // A route far away, so stop-based candidate search has something to leave out.
        feed.Stops.Add(new GtfsStop("Y0", "Far 0", Latitude + 0.2, Longitude));
        feed.Stops.Add(new GtfsStop("Y1", "Far 1", Latitude + 0.21, Longitude));
        feed.Trips.Add(new GtfsTrip("X0700", "X", "daily"));
        feed.StopTimes.Add(new GtfsStopTime("X0700", 1, "Y0", 7 * 3600, 7 * 3600));
        feed.StopTimes.Add(new GtfsStopTime("X0700", 2, "Y1", (7 * 3600) + 600, (7 * 3600) + 600));
        return feed;
    }

    /// <summary>
    /// Route LOOP around an 800 m square (S → E → N → W → back to the start, anticlockwise seen from above) with stops
    /// P0 (start and end), P1, P2, P3 at the corners; one frequency-based trip every 10 min from 07:00 to 22:00
    /// (exact_times 0), 20 min round: 280 s between corners, 20 s dwell.
    /// </summary>
    public static GtfsFeed Loop()
    {
        var side = 800.0;
        var north = side / (6_371_008.8 * Math.PI / 180);
        var east = TestFeeds.Degrees(side);
        (double, double)[] corners = [(Latitude, Longitude), (Latitude, Longitude + east), (Latitude + north, Longitude + east), (Latitude + north, Longitude), (Latitude, Longitude)];
        return new GtfsFeed
        {
            Agencies = [new GtfsAgency("a", "Agency", "https://example.org", "Etc/UTC")],
            Stops = [.. Enumerable.Range(0, 4).Select(i => new GtfsStop($"P{i}", $"Corner {i}", corners[i].Item1, corners[i].Item2))],
            Routes = [new GtfsRoute("LOOP", "a", "L", "Campus loop", 3)],
            Trips = [new GtfsTrip("loop", "LOOP", "daily", ShapeId: "square")],
            StopTimes =
            [
                new GtfsStopTime("loop", 1, "P0", 7 * 3600, 7 * 3600),
                new GtfsStopTime("loop", 2, "P1", (7 * 3600) + 280, (7 * 3600) + 300),
                new GtfsStopTime("loop", 3, "P2", (7 * 3600) + 580, (7 * 3600) + 600),
                new GtfsStopTime("loop", 4, "P3", (7 * 3600) + 880, (7 * 3600) + 900),
                new GtfsStopTime("loop", 5, "P0", (7 * 3600) + 1200, (7 * 3600) + 1200),
            ],
            Frequencies = [new GtfsFrequency("loop", 7 * 3600, 22 * 3600, 600, false)],
            Calendars = [new GtfsCalendar("daily", (GtfsWeekdays)127, new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31))],
            ShapePoints = [.. corners.Select((c, i) => new GtfsShapePoint("square", i + 1, c.Item1, c.Item2))],
        };
    }

    private static void AddRun(GtfsFeed feed, string tripId, int direction, string shape, int start, int[] stops)
    {
        feed.Trips.Add(new GtfsTrip(tripId, "M", "daily", DirectionId: direction, ShapeId: shape));
        for (var k = 0; k < stops.Length; k++)
        {
            var arrival = start + (k * 150) - (k == 0 ? 0 : 30);
            var departure = k == 0 ? start : k == stops.Length - 1 ? arrival : arrival + 30;
            feed.StopTimes.Add(new GtfsStopTime(tripId, k + 1, $"S{stops[k]}", arrival, departure, Timepoint: stops[k] != 2));
        }
    }
}
