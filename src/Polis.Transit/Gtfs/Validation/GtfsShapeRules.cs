using System.Globalization;
using Polis.Transit.Geometry;

namespace Polis.Transit.Gtfs.Validation;

/// <summary>Shapes: distances increasing along each shape, every shape used, every stop of a trip near its trip's shape.</summary>
internal static class GtfsShapeRules
{
    /// <summary>MobilityData's buffer: a stop farther than this from its trip's shape is probably misplaced (or the shape is).</summary>
    public const double MaxStopDistanceMetres = 100;

    private const string File = "shapes.txt";

    /// <summary>MobilityData's code for a repeated point (same place, same distance): harmless, but worth cleaning.</summary>
    private static readonly GtfsNoticeCode EqualShapeDistanceSameCoordinates = new("equal_shape_distance_same_coordinates", GtfsSeverity.Warning);

    public static void Check(GtfsFeed feed, GtfsFeedIndex index, GtfsNoticeCollector notices, GtfsValidationContext context)
    {
        foreach (var (shapeId, points) in index.PointsByShape)
        {
            CheckDistances(feed, shapeId, points, notices, context);
        }

        var used = new HashSet<string>(feed.Trips.Where(t => t.ShapeId is not null).Select(t => t.ShapeId!), StringComparer.Ordinal);
        foreach (var (shapeId, points) in index.PointsByShape)
        {
            if (!used.Contains(shapeId))
            {
                notices.Add(GtfsNoticeCodes.UnusedShape, $"Shape \"{shapeId}\" is not used by any trip.", File, context.Row(File, points[0]), "shape_id", shapeId);
            }
        }

        CheckStopsNearShapes(feed, index, notices, context);
    }

    private static void CheckDistances(GtfsFeed feed, string shapeId, List<int> points, GtfsNoticeCollector notices, GtfsValidationContext context)
    {
        GtfsShapePoint? previous = null;
        foreach (var i in points)
        {
            var point = feed.ShapePoints[i];
            if (point.DistTraveled is not { } distance)
            {
                continue;
            }

            if (previous is not null && distance <= previous.DistTraveled)
            {
                var same = distance == previous.DistTraveled && point.Latitude == previous.Latitude && point.Longitude == previous.Longitude;
                var text = distance.ToString(CultureInfo.InvariantCulture);
                notices.Add(same ? EqualShapeDistanceSameCoordinates : GtfsNoticeCodes.DecreasingOrEqualShapeDistance,
                    same
                        ? $"Point {point.Sequence} of shape \"{shapeId}\" repeats the previous point (same place, same distance)."
                        : $"shape_dist_traveled {text} at point {point.Sequence} of shape \"{shapeId}\" is not greater than {previous.DistTraveled?.ToString(CultureInfo.InvariantCulture)} at the point before.",
                    File, context.Row(File, i), "shape_dist_traveled", text);
            }

            previous = point;
        }
    }

    /// <summary>Checks each (shape, stop) pair once, however many trips share it.</summary>
    private static void CheckStopsNearShapes(GtfsFeed feed, GtfsFeedIndex index, GtfsNoticeCollector notices, GtfsValidationContext context)
    {
        var lines = new Dictionary<string, ShapeLine>(StringComparer.Ordinal);
        var checkedPairs = new HashSet<(string Shape, string Stop)>();
        foreach (var trip in feed.Trips)
        {
            if (trip.ShapeId is not { } shapeId || !index.PointsByShape.TryGetValue(shapeId, out var points) || !index.StopTimesByTrip.TryGetValue(trip.Id, out var stopTimes))
            {
                continue;
            }

            if (!lines.TryGetValue(shapeId, out var line))
            {
                lines[shapeId] = line = new ShapeLine(shapeId, [.. points.Select(p => (feed.ShapePoints[p].Latitude, feed.ShapePoints[p].Longitude))]);
            }

            foreach (var row in stopTimes)
            {
                var stopId = feed.StopTimes[row].StopId;
                if (!checkedPairs.Add((shapeId, stopId)) || !index.Stops.TryGetValue(stopId, out var s) || feed.Stops[s] is not { Latitude: { } lat, Longitude: { } lon })
                {
                    continue;
                }

                var metres = line.Project(lat, lon).OffsetMetres;
                if (metres > MaxStopDistanceMetres)
                {
                    notices.Add(GtfsNoticeCodes.StopTooFarFromShape,
                        FormattableString.Invariant($"Stop \"{stopId}\" is {metres:F0} m from shape \"{shapeId}\" of trip \"{trip.Id}\" (more than {MaxStopDistanceMetres:F0} m)."),
                        "stop_times.txt", context.Row("stop_times.txt", row), "stop_id", stopId);
                }
            }
        }
    }
}
