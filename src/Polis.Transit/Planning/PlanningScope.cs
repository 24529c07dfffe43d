using Polis.Transit.Realtime;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Transit.Planning;

/// <summary>
/// What one report covers and how it reads the timetable: the service dates [<see cref="From"/>, <see cref="To"/>]
/// of the active network, optionally one route, the thresholds, day types (holidays) and time bands. Caches what
/// every event would otherwise recompute (service day starts, day types). Not thread-safe: one per report.
/// </summary>
public sealed class PlanningScope
{
    private readonly Dictionary<DateOnly, DateTimeOffset> _dayStarts = [];
    private readonly Dictionary<DateOnly, DayType> _dayTypes = [];
    private readonly ICollection<DateOnly> _holidays;

    public PlanningScope(TransitNetwork network, DateOnly from, DateOnly to, string? routeId, PlanningOptions options, ICollection<DateOnly> holidays, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(options);
        Network = network;
        From = from;
        To = to;
        RouteId = routeId;
        Options = options;
        _holidays = holidays;
        Now = now;
        Bands = new TimeBands(options.EffectiveTimeBands);
    }

    public TransitNetwork Network { get; }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public string? RouteId { get; }

    public PlanningOptions Options { get; }

    /// <summary>Runs scheduled to end after this have not had their chance yet: never missed.</summary>
    public DateTimeOffset Now { get; }

    public TimeBands Bands { get; }

    /// <summary>
    /// The instants whose stop events can belong to the dates: from an hour before the first service day (early
    /// vehicles) to the end of the last one's latest trip (times past 24:00) plus the latest a vehicle is still matched.
    /// </summary>
    public (DateTimeOffset From, DateTimeOffset To) EventWindow()
    {
        var overrun = Math.Max(0, Network.MaxTripEndSeconds - 86_400);
        return (DayStart(From).AddHours(-1), DayStart(To.AddDays(1)).AddSeconds(overrun).AddHours(3));
    }

    /// <summary>True when the event's run is of a service date and route the report covers.</summary>
    public bool Covers(StopEvent stopEvent) =>
        stopEvent.ServiceDate >= From && stopEvent.ServiceDate <= To && (RouteId is null || stopEvent.RouteId == RouteId);

    public DateTimeOffset DayStart(DateOnly serviceDate)
    {
        if (!_dayStarts.TryGetValue(serviceDate, out var start))
        {
            _dayStarts[serviceDate] = start = Network.ServiceDayStart(serviceDate);
        }

        return start;
    }

    public DayType DayTypeOf(DateOnly serviceDate)
    {
        if (!_dayTypes.TryGetValue(serviceDate, out var dayType))
        {
            _dayTypes[serviceDate] = dayType = DayTypes.Of(serviceDate, _holidays);
        }

        return dayType;
    }

    /// <summary>An instant as a timetable time of the service date: seconds since its reference (past 24:00 after midnight).</summary>
    public int TimetableSeconds(DateOnly serviceDate, DateTimeOffset instant) => (int)Math.Round((instant - DayStart(serviceDate)).TotalSeconds);

    /// <summary>The instant in the feed's time zone, as reports show times to planners.</summary>
    public DateTimeOffset Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Network.TimeZone);

    /// <summary>The event's trip and stop in the active network, or null when its trip or stop is not there (an older feed).</summary>
    public PlannedCall? Resolve(StopEvent stopEvent)
    {
        ArgumentNullException.ThrowIfNull(stopEvent);
        if (!Network.Trips.TryGetValue(stopEvent.TripId, out var trip))
        {
            return null;
        }

        var index = trip.IndexOfSequence(stopEvent.StopSequence);
        if (index < 0 || trip.Stops[index].StopId != stopEvent.StopId)
        {
            return null;
        }

        var headwayBased = false;
        if (trip.IsFrequencyBased)
        {
            var dayStart = DayStart(stopEvent.ServiceDate);
            var runOffset = TimetableSeconds(stopEvent.ServiceDate, stopEvent.ScheduledArrival) - trip.Stops[index].Arrival;
            headwayBased = TripDescriptors.IsHeadwayBased(new TripInstance(trip, stopEvent.ServiceDate, dayStart, runOffset));
        }

        return new PlannedCall(trip, index, headwayBased);
    }
}
