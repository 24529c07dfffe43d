namespace Polis.Transit.Planning;

/// <summary>
/// When each route direction was being tracked, learnt from its stop events (any run or stop) as they stream by in
/// time order: the first and last event and every silence of at least <paramref name="minSilence"/> between two
/// consecutive ones. Reports use it so that a stretch nobody tracked is never read as a gap or a missed run. By
/// direction, because a city may equip only some vehicles: runs of a direction nobody tracked are not "missed".
/// </summary>
internal sealed class RouteCoverage(TimeSpan minSilence)
{
    private readonly long _minSilence = (long)minSilence.TotalMilliseconds;
    private readonly Dictionary<(string RouteId, int Direction), Track> _routes = [];

    /// <summary>Records an event (times must not decrease, as the store streams them; an older one adds nothing).</summary>
    public void Observe(string routeId, int? directionId, DateTimeOffset time)
    {
        var at = time.ToUnixTimeMilliseconds();
        if (!_routes.TryGetValue((routeId, directionId ?? -1), out var track))
        {
            _routes[(routeId, directionId ?? -1)] = new Track { First = at, Last = at };
            return;
        }

        if (at - track.Last >= _minSilence)
        {
            track.Silences.Add((track.Last, at));
        }

        track.Last = Math.Max(track.Last, at);
    }

    /// <summary>True when the route direction's events fell silent for longer than <paramref name="longerThan"/> somewhere inside [from, to].</summary>
    public bool FellSilent(string routeId, int? directionId, DateTimeOffset from, DateTimeOffset to, TimeSpan longerThan)
    {
        if (!_routes.TryGetValue((routeId, directionId ?? -1), out var track))
        {
            return true;
        }

        var (a, b, limit) = (from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds(), (long)longerThan.TotalMilliseconds);
        for (var i = FirstEndingAfter(track.Silences, a); i < track.Silences.Count && track.Silences[i].From < b; i++)
        {
            var (start, end) = track.Silences[i];
            if (Math.Min(end, b) - Math.Max(start, a) > limit)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when the route direction has an event in [from, to]. Exact for windows at least <c>minSilence</c> long (shorter
    /// silences are not kept), which is all reports ask.
    /// </summary>
    public bool HasEventsIn(string routeId, int? directionId, DateTimeOffset from, DateTimeOffset to)
    {
        var (a, b) = (from.ToUnixTimeMilliseconds(), to.ToUnixTimeMilliseconds());
        if (!_routes.TryGetValue((routeId, directionId ?? -1), out var track) || b < track.First || a > track.Last)
        {
            return false;
        }

        var i = FirstEndingAfter(track.Silences, a);
        return i >= track.Silences.Count || !(track.Silences[i].From < a && b < track.Silences[i].To);
    }

    /// <summary>The index of the first silence ending after <paramref name="at"/> (silences are sorted and disjoint).</summary>
    private static int FirstEndingAfter(List<(long From, long To)> silences, long at)
    {
        var (low, high) = (0, silences.Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (silences[middle].To <= at)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    private sealed class Track
    {
        public long First { get; init; }

        public long Last { get; set; }

        public List<(long From, long To)> Silences { get; } = [];
    }
}
