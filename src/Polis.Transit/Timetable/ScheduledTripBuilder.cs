using Polis.Transit.Geometry;
using Polis.Transit.Gtfs;

namespace Polis.Transit.Timetable;

/// <summary>
/// Turns a trip's rows into a <see cref="ScheduledTrip"/>: stops in stop_sequence order, each placed along the
/// shape (by shape_dist_traveled when the feed gives it on both files, else by <see cref="StopDistanceAssigner"/>),
/// blank times interpolated. Trips sharing a shape and stop pattern share one placement.
/// </summary>
internal sealed class ScheduledTripBuilder(IReadOnlyDictionary<string, GtfsStop> stops, IReadOnlyDictionary<string, ShapeLine> shapes,
    IReadOnlyDictionary<string, double[]> shapeFeedDistances)
{
    private readonly Dictionary<string, double[]> _placements = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ShapeLine> _stopShapes = new(StringComparer.Ordinal);

    /// <summary>The trip, or null when it cannot run (fewer than two located stops or no first/last time).</summary>
    public ScheduledTrip? Build(GtfsTrip trip, GtfsRoute route, List<GtfsStopTime> rows, IReadOnlyList<GtfsFrequency> frequencies)
    {
        rows.Sort((a, b) => a.StopSequence.CompareTo(b.StopSequence));
        var located = rows.Where(r => stops.TryGetValue(r.StopId, out var s) && s.Latitude is not null && s.Longitude is not null).ToList();
        if (located.Count < 2)
        {
            return null;
        }

        var points = located.Select(r => (stops[r.StopId].Latitude!.Value, stops[r.StopId].Longitude!.Value)).ToList();
        var pattern = string.Join('|', located.Select(r => r.StopId));
        var fromStops = trip.ShapeId is null || !shapes.ContainsKey(trip.ShapeId);
        var shape = fromStops ? StopShape(pattern, points) : shapes[trip.ShapeId!];
        var distances = Place(shape, fromStops, pattern, located, points);

        var arrivals = located.Select(r => r.ArrivalSeconds).ToArray();
        var departures = located.Select(r => r.DepartureSeconds).ToArray();
        if (!StopTimeInterpolator.Fill(arrivals, departures, distances))
        {
            return null;
        }

        var scheduled = new ScheduledStop[located.Count];
        for (var i = 0; i < located.Count; i++)
        {
            var row = located[i];
            scheduled[i] = new ScheduledStop(i, row.StopId, row.StopSequence, arrivals[i]!.Value, departures[i]!.Value, distances[i], row.Timepoint, row.PickupType, row.DropOffType);
        }

        return new ScheduledTrip(trip, route, shape, fromStops, scheduled, frequencies);
    }

    private double[] Place(ShapeLine shape, bool fromStops, string pattern, List<GtfsStopTime> located, List<(double, double)> points)
    {
        if (!fromStops && shapeFeedDistances.TryGetValue(shape.Id, out var feedDistances) && located.All(r => r.ShapeDistTraveled is not null))
        {
            return [.. located.Select(r => FeedDistanceToMetres(shape, feedDistances, r.ShapeDistTraveled!.Value))];
        }

        var key = $"{shape.Id}#{pattern}";
        if (!_placements.TryGetValue(key, out var placed))
        {
            _placements[key] = placed = StopDistanceAssigner.Assign(shape, points);
        }

        return placed;
    }

    /// <summary>A straight line through the stops, for trips without shapes.txt (one per stop pattern).</summary>
    private ShapeLine StopShape(string pattern, List<(double, double)> points)
    {
        if (!_stopShapes.TryGetValue(pattern, out var shape))
        {
            _stopShapes[pattern] = shape = new ShapeLine($"stops:{_stopShapes.Count}", points);
        }

        return shape;
    }

    /// <summary>Maps a shape_dist_traveled value (feed units) to metres by interpolating between the shape's vertices.</summary>
    private static double FeedDistanceToMetres(ShapeLine shape, double[] feedDistances, double value)
    {
        var index = Array.BinarySearch(feedDistances, value);
        if (index >= 0)
        {
            return shape.DistanceAt(index);
        }

        var upper = ~index;
        if (upper <= 0)
        {
            return 0;
        }

        if (upper >= feedDistances.Length)
        {
            return shape.LengthMetres;
        }

        var lower = upper - 1;
        var span = feedDistances[upper] - feedDistances[lower];
        var fraction = span > 0 ? (value - feedDistances[lower]) / span : 0;
        return shape.DistanceAt(lower) + (fraction * (shape.DistanceAt(upper) - shape.DistanceAt(lower)));
    }
}
