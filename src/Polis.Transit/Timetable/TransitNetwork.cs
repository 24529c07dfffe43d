using Polis.Transit.Geometry;
using Polis.Transit.Gtfs;

namespace Polis.Transit.Timetable;

/// <summary>
/// The active static feed as an immutable in-memory index: stops, routes, trips with placed stops and shapes,
/// the service calendar, and the lookups that vehicle matching, predictions, feeds and the timetable API need.
/// Built once per imported feed and shared by all readers (replacing the feed swaps the whole object).
/// </summary>
public sealed class TransitNetwork
{
    private readonly Dictionary<string, List<ScheduledTrip>> _tripsByRoute;
    private readonly Dictionary<string, List<(ScheduledTrip Trip, int StopIndex)>> _visitsByStop;

    internal TransitNetwork(long feedId, TimeZoneInfo timeZone, IReadOnlyDictionary<string, GtfsAgency> agencies, IReadOnlyDictionary<string, GtfsStop> stops,
        IReadOnlyDictionary<string, GtfsRoute> routes, IReadOnlyDictionary<string, ScheduledTrip> trips, IReadOnlyDictionary<string, ShapeLine> shapes, ServiceCalendar calendar)
    {
        FeedId = feedId;
        TimeZone = timeZone;
        Agencies = agencies;
        Stops = stops;
        Routes = routes;
        Trips = trips;
        Shapes = shapes;
        Calendar = calendar;
        StopGrid = new StopGrid(stops.Values);
        _tripsByRoute = trips.Values.GroupBy(t => t.Route.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        _visitsByStop = new Dictionary<string, List<(ScheduledTrip, int)>>(StringComparer.Ordinal);
        foreach (var trip in trips.Values)
        {
            foreach (var stop in trip.Stops)
            {
                if (!_visitsByStop.TryGetValue(stop.StopId, out var visits))
                {
                    _visitsByStop[stop.StopId] = visits = [];
                }

                visits.Add((trip, stop.Index));
            }
        }

        // The longest trip bounds how far back a service day can still have trips running (times may pass 24:00).
        MaxTripEndSeconds = trips.Count == 0 ? 0 : trips.Values.Max(t => t.LastArrival + t.RunOffsets().DefaultIfEmpty(0).Max());
    }

    /// <summary>The store's id of the feed this network was built from.</summary>
    public long FeedId { get; }

    /// <summary>The agencies' time zone (GTFS requires one for all agencies of a feed): the clock of every time in the feed.</summary>
    public TimeZoneInfo TimeZone { get; }

    public IReadOnlyDictionary<string, GtfsAgency> Agencies { get; }

    public IReadOnlyDictionary<string, GtfsStop> Stops { get; }

    public IReadOnlyDictionary<string, GtfsRoute> Routes { get; }

    /// <summary>Trips that can run: at least two located stops with a first and last time (see <see cref="TransitNetworkBuilder"/>).</summary>
    public IReadOnlyDictionary<string, ScheduledTrip> Trips { get; }

    public IReadOnlyDictionary<string, ShapeLine> Shapes { get; }

    public ServiceCalendar Calendar { get; }

    public StopGrid StopGrid { get; }

    /// <summary>The latest arrival of any run, seconds since a service day's reference.</summary>
    public int MaxTripEndSeconds { get; }

    public IReadOnlyList<ScheduledTrip> TripsOfRoute(string routeId) =>
        _tripsByRoute.TryGetValue(routeId, out var trips) ? trips : [];

    /// <summary>Every (trip, stop index) that calls at the stop, whatever the date.</summary>
    public IReadOnlyList<(ScheduledTrip Trip, int StopIndex)> VisitsOfStop(string stopId) =>
        _visitsByStop.TryGetValue(stopId, out var visits) ? visits : [];

    /// <summary>
    /// The instant of the service day's reference: noon minus 12 h in the feed's time zone, which is midnight
    /// except on days when daylight saving changes (GTFS defines times from it so that they stay regular).
    /// </summary>
    public DateTimeOffset ServiceDayStart(DateOnly date)
    {
        var noon = date.ToDateTime(new TimeOnly(12, 0));
        var offset = TimeZone.GetUtcOffset(noon);
        return new DateTimeOffset(noon, offset).AddHours(-12);
    }

    /// <summary>The service date of the calendar day holding <paramref name="instant"/> in the feed's time zone.</summary>
    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, TimeZone).DateTime);

    /// <summary>
    /// Runs scheduled to be under way at some time in [<paramref name="from"/>, <paramref name="to"/>] (from first
    /// departure to last arrival), optionally of one route, over every service date that can reach the window.
    /// </summary>
    public IEnumerable<TripInstance> InstancesBetween(DateTimeOffset from, DateTimeOffset to, string? routeId = null)
    {
        var trips = routeId is null ? (IEnumerable<ScheduledTrip>)Trips.Values : TripsOfRoute(routeId);
        var lastDate = LocalDate(to);
        var firstDate = LocalDate(from).AddDays(-(int)Math.Ceiling(MaxTripEndSeconds / 86_400.0));
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            var services = Calendar.ActiveServices(date);
            if (services.Count == 0)
            {
                continue;
            }

            var dayStart = ServiceDayStart(date);
            foreach (var trip in trips)
            {
                if (!services.Contains(trip.Trip.ServiceId))
                {
                    continue;
                }

                foreach (var offset in trip.RunOffsets())
                {
                    var start = dayStart.AddSeconds(trip.FirstDeparture + offset);
                    var end = dayStart.AddSeconds(trip.LastArrival + offset);
                    if (start <= to && end >= from)
                    {
                        yield return new TripInstance(trip, date, dayStart, offset);
                    }
                }
            }
        }
    }

    /// <summary>The run of <paramref name="tripId"/> on <paramref name="serviceDate"/> starting at <paramref name="startSeconds"/> (any run when null).</summary>
    public TripInstance? Instance(string tripId, DateOnly serviceDate, int? startSeconds = null)
    {
        if (!Trips.TryGetValue(tripId, out var trip) || !Calendar.IsActive(trip.Trip.ServiceId, serviceDate))
        {
            return null;
        }

        var dayStart = ServiceDayStart(serviceDate);
        foreach (var offset in trip.RunOffsets())
        {
            if (startSeconds is null || trip.FirstDeparture + offset == startSeconds)
            {
                return new TripInstance(trip, serviceDate, dayStart, offset);
            }
        }

        return null;
    }

    /// <summary>A stop's timetable for one service date: every call, frequency runs expanded, by departure time.</summary>
    public IReadOnlyList<StopCall> StopTimetable(string stopId, DateOnly serviceDate)
    {
        var services = Calendar.ActiveServices(serviceDate);
        var dayStart = ServiceDayStart(serviceDate);
        var calls = new List<StopCall>();
        foreach (var (trip, index) in VisitsOfStop(stopId))
        {
            if (!services.Contains(trip.Trip.ServiceId))
            {
                continue;
            }

            foreach (var offset in trip.RunOffsets())
            {
                calls.Add(new StopCall(new TripInstance(trip, serviceDate, dayStart, offset), index));
            }
        }

        calls.Sort((a, b) => a.Departure.CompareTo(b.Departure));
        return calls;
    }
}
