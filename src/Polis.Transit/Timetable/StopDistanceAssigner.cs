using Polis.Transit.Geometry;

namespace Polis.Transit.Timetable;

/// <summary>
/// Places a trip's stops along its shape, in order. The nearest point of the whole shape is wrong for loops and
/// out-and-back shapes (the first and last stop are both near the start), so the stops are placed together: a
/// dynamic programme over (stop, segment) picks the non-decreasing segment sequence with the least total
/// distance from the stops to the shape, O(stops × segments).
/// </summary>
public static class StopDistanceAssigner
{
    public static double[] Assign(ShapeLine shape, IReadOnlyList<(double Latitude, double Longitude)> stops)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(stops);
        var result = new double[stops.Count];
        var segments = Math.Max(1, shape.PointCount - 1);
        if (stops.Count == 0)
        {
            return result;
        }

        // cost[s] = least total offset of stops 0..i with stop i on segment s; choice[i][s] = best segment of stop i-1.
        var along = new double[stops.Count][];
        var cost = new double[segments];
        var choice = new int[stops.Count][];
        for (var i = 0; i < stops.Count; i++)
        {
            along[i] = new double[segments];
            choice[i] = new int[segments];
            var next = new double[segments];
            var bestPrevious = double.MaxValue;
            var bestPreviousSegment = 0;
            for (var s = 0; s < segments; s++)
            {
                var from = shape.DistanceAt(Math.Min(s, shape.PointCount - 1));
                var to = shape.DistanceAt(Math.Min(s + 1, shape.PointCount - 1));
                var projection = shape.Project(stops[i].Latitude, stops[i].Longitude, from, to);
                along[i][s] = projection.DistanceAlong;
                if (i > 0 && cost[s] < bestPrevious)
                {
                    bestPrevious = cost[s];
                    bestPreviousSegment = s;
                }

                next[s] = projection.OffsetMetres + (i > 0 ? bestPrevious : 0);
                choice[i][s] = bestPreviousSegment;
            }

            cost = next;
        }

        var segment = Array.IndexOf(cost, cost.Min());
        for (var i = stops.Count - 1; i >= 0; i--)
        {
            result[i] = along[i][segment];
            segment = choice[i][segment];
        }

        // Two stops on one segment may come out reversed; distances along a trip never decrease.
        for (var i = 1; i < result.Length; i++)
        {
            result[i] = Math.Max(result[i], result[i - 1]);
        }

        return result;
    }
}
