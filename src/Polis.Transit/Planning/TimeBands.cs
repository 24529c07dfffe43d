namespace Polis.Transit.Planning;

/// <summary>
/// The day cut into bands by their start times: every time of day falls in exactly one (the last band wraps past
/// midnight to the first start), so no configuration can leave a gap or an overlap.
/// </summary>
public sealed class TimeBands
{
    private readonly int[] _startSeconds;

    public TimeBands(IEnumerable<TimeBandOptions> bands)
    {
        var ordered = bands.OrderBy(b => b.Start).ToList();
        if (ordered.Count == 0)
        {
            throw new ArgumentException("At least one time band is needed.", nameof(bands));
        }

        _startSeconds = [.. ordered.Select(b => (int)(b.Start.ToTimeSpan().TotalSeconds))];
        All = [.. ordered.Select((b, i) => new TimeBand(b.Name, b.Start, ordered[(i + 1) % ordered.Count].Start))];
    }

    public IReadOnlyList<TimeBand> All { get; }

    /// <summary>The band holding a timetable time (seconds since the service day's reference; times past 24:00 wrap).</summary>
    public int IndexOf(int timetableSeconds)
    {
        var timeOfDay = ((timetableSeconds % 86_400) + 86_400) % 86_400;
        var index = Array.BinarySearch(_startSeconds, timeOfDay);
        if (index >= 0)
        {
            return index;
        }

        var before = ~index - 1;
        return before >= 0 ? before : _startSeconds.Length - 1; // before the first start: the last band, wrapping past midnight
    }
}
