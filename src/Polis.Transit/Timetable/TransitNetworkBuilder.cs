using Polis.Transit.Geometry;
using Polis.Transit.Gtfs;

namespace Polis.Transit.Timetable;

/// <summary>
/// Builds the <see cref="TransitNetwork"/> index from a parsed (and validated) feed. Rows that cannot be used
/// are left out rather than failing the build (the validator reports them): trips of unknown routes, trips
/// with fewer than two located stops, stop times of unknown trips.
/// </summary>
public static class TransitNetworkBuilder
{
    public static TransitNetwork Build(long feedId, GtfsFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var agencies = feed.Agencies.GroupBy(a => a.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var stops = feed.Stops.GroupBy(s => s.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var routes = feed.Routes.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var (shapes, feedDistances) = BuildShapes(feed.ShapePoints);
        var stopTimes = feed.StopTimes.GroupBy(st => st.TripId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        var frequencies = feed.Frequencies.GroupBy(f => f.TripId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<GtfsFrequency>)[.. g.OrderBy(f => f.StartSeconds)], StringComparer.Ordinal);

        var builder = new ScheduledTripBuilder(stops, shapes, feedDistances);
        var trips = new Dictionary<string, ScheduledTrip>(StringComparer.Ordinal);
        foreach (var trip in feed.Trips)
        {
            if (trips.ContainsKey(trip.Id) || !routes.TryGetValue(trip.RouteId, out var route) || !stopTimes.TryGetValue(trip.Id, out var rows))
            {
                continue;
            }

            if (builder.Build(trip, route, rows, frequencies.GetValueOrDefault(trip.Id) ?? []) is { } scheduled)
            {
                trips[trip.Id] = scheduled;
            }
        }

        var calendar = new ServiceCalendar(feed.Calendars, feed.CalendarDates);
        return new TransitNetwork(feedId, ResolveTimeZone(feed), agencies, stops, routes, trips, shapes, calendar);
    }

    /// <summary>The first agency's time zone (the validator requires them all equal); UTC when unknown.</summary>
    public static TimeZoneInfo ResolveTimeZone(GtfsFeed feed)
    {
        ArgumentNullException.ThrowIfNull(feed);
        var id = feed.Agencies.FirstOrDefault()?.Timezone;
        return id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
    }

    private static (Dictionary<string, ShapeLine> Shapes, Dictionary<string, double[]> FeedDistances) BuildShapes(IEnumerable<GtfsShapePoint> points)
    {
        var shapes = new Dictionary<string, ShapeLine>(StringComparer.Ordinal);
        var feedDistances = new Dictionary<string, double[]>(StringComparer.Ordinal);
        foreach (var group in points.GroupBy(p => p.ShapeId, StringComparer.Ordinal))
        {
            var ordered = group.OrderBy(p => p.Sequence).ToList();
            shapes[group.Key] = new ShapeLine(group.Key, [.. ordered.Select(p => (p.Latitude, p.Longitude))]);
            if (ordered.All(p => p.DistTraveled is not null) && IsNonDecreasing(ordered))
            {
                feedDistances[group.Key] = [.. ordered.Select(p => p.DistTraveled!.Value)];
            }
        }

        return (shapes, feedDistances);
    }

    private static bool IsNonDecreasing(List<GtfsShapePoint> ordered)
    {
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].DistTraveled < ordered[i - 1].DistTraveled)
            {
                return false;
            }
        }

        return true;
    }
}
