namespace Polis.Transit.Timetable;

/// <summary>
/// Fills the times GTFS lets a feed leave blank between timepoints: a stop with only one of arrival and
/// departure uses it for both; a stop with neither gets a time interpolated by distance between the timed stops
/// around it (by stop count when the distances are equal), as GTFS consumers are expected to.
/// </summary>
public static class StopTimeInterpolator
{
    /// <summary>Fills <paramref name="arrivals"/> and <paramref name="departures"/> in place; false when the first or last stop has no time.</summary>
    public static bool Fill(int?[] arrivals, int?[] departures, IReadOnlyList<double> distances)
    {
        ArgumentNullException.ThrowIfNull(arrivals);
        ArgumentNullException.ThrowIfNull(departures);
        ArgumentNullException.ThrowIfNull(distances);
        var n = arrivals.Length;
        for (var i = 0; i < n; i++)
        {
            arrivals[i] ??= departures[i];
            departures[i] ??= arrivals[i];
        }

        if (n == 0 || arrivals[0] is null || arrivals[n - 1] is null)
        {
            return false;
        }

        var previous = 0;
        for (var i = 1; i < n; i++)
        {
            if (arrivals[i] is null)
            {
                continue;
            }

            for (var k = previous + 1; k < i; k++)
            {
                var span = distances[i] - distances[previous];
                var fraction = span > 0 ? (distances[k] - distances[previous]) / span : (double)(k - previous) / (i - previous);
                var time = departures[previous]!.Value + (int)Math.Round(fraction * (arrivals[i]!.Value - departures[previous]!.Value));
                arrivals[k] = departures[k] = time;
            }

            previous = i;
        }

        return true;
    }
}
