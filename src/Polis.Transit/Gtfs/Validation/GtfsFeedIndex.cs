namespace Polis.Transit.Gtfs.Validation;

/// <summary>
/// Lookups the rules share, built once per validation: the first row of each id, and the rows of each trip's stop
/// times and each shape's points in sequence order (indexes into the feed's lists).
/// </summary>
internal sealed class GtfsFeedIndex
{
    public GtfsFeedIndex(GtfsFeed feed)
    {
        Stops = FirstIndex(feed.Stops, s => s.Id);
        Routes = FirstIndex(feed.Routes, r => r.Id);
        Trips = FirstIndex(feed.Trips, t => t.Id);
        Agencies = FirstIndex(feed.Agencies, a => a.Id);
        ServiceIds = new HashSet<string>(feed.Calendars.Select(c => c.ServiceId).Concat(feed.CalendarDates.Select(d => d.ServiceId)), StringComparer.Ordinal);
        StopTimesByTrip = GroupSorted(feed.StopTimes, st => st.TripId, (a, b) => feed.StopTimes[a].StopSequence.CompareTo(feed.StopTimes[b].StopSequence));
        PointsByShape = GroupSorted(feed.ShapePoints, p => p.ShapeId, (a, b) => feed.ShapePoints[a].Sequence.CompareTo(feed.ShapePoints[b].Sequence));
    }

    public Dictionary<string, int> Stops { get; }

    public Dictionary<string, int> Routes { get; }

    public Dictionary<string, int> Trips { get; }

    public Dictionary<string, int> Agencies { get; }

    public HashSet<string> ServiceIds { get; }

    /// <summary>trip_id → indexes into <see cref="GtfsFeed.StopTimes"/>, by stop_sequence.</summary>
    public Dictionary<string, List<int>> StopTimesByTrip { get; }

    /// <summary>shape_id → indexes into <see cref="GtfsFeed.ShapePoints"/>, by shape_pt_sequence.</summary>
    public Dictionary<string, List<int>> PointsByShape { get; }

    private static Dictionary<string, int> FirstIndex<T>(List<T> rows, Func<T, string> key)
    {
        var index = new Dictionary<string, int>(rows.Count, StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            index.TryAdd(key(rows[i]), i);
        }

        return index;
    }

    private static Dictionary<string, List<int>> GroupSorted<T>(List<T> rows, Func<T, string> key, Comparison<int> order)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < rows.Count; i++)
        {
            var k = key(rows[i]);
            if (!groups.TryGetValue(k, out var list))
            {
                groups[k] = list = [];
            }

            list.Add(i);
        }

        var comparer = Comparer<int>.Create(order);
        foreach (var list in groups.Values)
        {
            if (IsSorted(list, order))
            {
                continue; // the usual case: feeds list stop times in order
            }

            // Stable, so rows repeating a sequence number stay in file order (reported as duplicate keys).
            var sorted = list.Order(comparer).ToList();
            list.Clear();
            list.AddRange(sorted);
        }

        return groups;
    }

    private static bool IsSorted(List<int> list, Comparison<int> order)
    {
        for (var i = 1; i < list.Count; i++)
        {
            if (order(list[i - 1], list[i]) > 0)
            {
                return false;
            }
        }

        return true;
    }
}
