using Polis.Transit.Tracking;

namespace Polis.Dashboard.Transit;

/// <summary>
/// On-time performance from recorded stop events, per route and per hour of the day (local to the feed). A call is
/// judged by its departure against the <see cref="OnTimeWindow"/>; the last stop of a trip, which has no departure,
/// by its arrival. Calls without an observed time are not counted.
/// </summary>
public sealed class OnTimeTally(TimeZoneInfo zone)
{
    private readonly Dictionary<string, OnTimeCounts> _routes = new(StringComparer.Ordinal);
    private readonly OnTimeCounts[] _hours = [.. Enumerable.Range(0, 24).Select(_ => new OnTimeCounts())];

    public IReadOnlyDictionary<string, OnTimeCounts> Routes => _routes;

    /// <summary>Index = local hour of the scheduled departure.</summary>
    public IReadOnlyList<OnTimeCounts> Hours => _hours;

    public long Counted { get; private set; }

    /// <summary>The delay a call is judged by (s): the departure's, else the arrival's; null when neither was observed.</summary>
    public static int? DelayOf(StopEvent call)
    {
        ArgumentNullException.ThrowIfNull(call);
        return call.DepartureDelaySeconds ?? call.ArrivalDelaySeconds;
    }

    public void Add(StopEvent call)
    {
        if (DelayOf(call) is not { } delay)
        {
            return;
        }

        var punctuality = OnTimeWindow.Judge(delay);
        if (!_routes.TryGetValue(call.RouteId, out var route))
        {
            _routes[call.RouteId] = route = new OnTimeCounts();
        }

        route.Add(punctuality);
        _hours[TimeZoneInfo.ConvertTime(call.ScheduledDeparture, zone).Hour].Add(punctuality);
        Counted++;
    }
}
