using System.Globalization;
using Polis.Simulator.Generation;
using Polis.Simulator.Model;

namespace Polis.Simulator.Behaviour;

/// <summary>
/// The schedule of one route, shared by the GTFS feed and the buses that drive it: each bus runs outbound,
/// lays over, runs inbound, lays over, from 05:00 until its last departure before 23:00 (UTC, the city's
/// clock). A trip runs late by a deterministic 0–20 % so the realtime position differs from the timetable.
/// </summary>
public sealed class BusTimetable : IBusSchedule
{
    public const int ServiceStartSecond = 5 * 3600;
    public const int LastDepartureSecond = 23 * 3600;
    public const double CruiseMetresPerSecond = 22 / 3.6;
    public const int DwellSeconds = 20;
    private readonly double[] _pathDistance;
    private readonly int[][] _arrival;
    private readonly int[][] _departure;

    public BusTimetable(BusRoute route, int buses)
    {
        Route = route;
        Buses = Math.Max(1, buses);
        _pathDistance = new double[route.Path.Count];
        for (var i = 1; i < route.Path.Count; i++)
        {
            _pathDistance[i] = _pathDistance[i - 1] + Geo.DistanceMetres(route.Path[i - 1], route.Path[i]);
        }

        var stops = route.StopNodes.Count;
        _arrival = [new int[stops], new int[stops]];
        _departure = [new int[stops], new int[stops]];
        for (var direction = 0; direction < 2; direction++)
        {
            for (var s = 1; s < stops; s++)
            {
                var metres = StopDistance(direction, s) - StopDistance(direction, s - 1);
                _arrival[direction][s] = _departure[direction][s - 1] + (int)Math.Ceiling(metres / CruiseMetresPerSecond);
                _departure[direction][s] = _arrival[direction][s] + (s == stops - 1 ? 0 : DwellSeconds);
            }
        }

        TripSeconds = Math.Max(_departure[0][^1], _departure[1][^1]);
        // The layover absorbs the worst delay (20 %), so a late bus still starts its next trip on time.
        var layover = Math.Max(300, (int)(TripSeconds * 0.25));
        CycleSeconds = 2 * (TripSeconds + layover);
        HeadwaySeconds = CycleSeconds / Buses;
    }

    public BusRoute Route { get; }

    public int Buses { get; }

    /// <summary>Seconds from a trip's departure to its arrival at each stop, in the direction's stop order.</summary>
    public IReadOnlyList<int> Arrival(int direction) => _arrival[direction];

    /// <summary>Seconds from a trip's departure to its departure from each stop, in the direction's stop order.</summary>
    public IReadOnlyList<int> Departure(int direction) => _departure[direction];

    /// <summary>The stop index (outbound order) of the <paramref name="s"/>-th stop in <paramref name="direction"/>.</summary>
    public int StopAt(int direction, int s) => direction == 0 ? s : Route.StopNodes.Count - 1 - s;

    public int TripSeconds { get; }

    public int CycleSeconds { get; }

    public int HeadwaySeconds { get; }

    /// <summary>Every trip of a service day: (trip id, direction 0 out / 1 in, departure second of day, bus).</summary>
    public IEnumerable<(string TripId, int Direction, int DepartureSecond, int Bus)> Trips()
    {
        for (var bus = 0; bus < Buses; bus++)
        {
            for (var start = ServiceStartSecond + (bus * HeadwaySeconds); start <= LastDepartureSecond; start += CycleSeconds)
            {
                yield return (TripId(0, start), 0, start, bus);
                yield return (TripId(1, start + (CycleSeconds / 2)), 1, start + (CycleSeconds / 2), bus);
            }
        }
    }

    public string TripId(int direction, int departureSecond) =>
        string.Create(CultureInfo.InvariantCulture, $"{Route.Id}-{(direction == 0 ? "out" : "in")}-{departureSecond / 3600:D2}{departureSecond / 60 % 60:D2}");

    /// <summary>Where bus <paramref name="bus"/> is at <paramref name="time"/>; <paramref name="key"/> seeds its delays.</summary>
    public BusState At(int bus, DateTimeOffset time, long key)
    {
        var secondOfDay = (int)(time.UtcTicks / TimeSpan.TicksPerSecond % 86_400);
        var day = time.UtcTicks / TimeSpan.TicksPerDay;
        var first = ServiceStartSecond + (bus * HeadwaySeconds);
        if (secondOfDay < first)
        {
            return Parked(0);
        }

        var cycle = (secondOfDay - first) / CycleSeconds;
        var cycleStart = first + (cycle * CycleSeconds);
        if (cycleStart > LastDepartureSecond)
        {
            return Parked(0);
        }

        var inCycle = secondOfDay - cycleStart;
        var direction = inCycle < CycleSeconds / 2 ? 0 : 1;
        var elapsed = direction == 0 ? inCycle : inCycle - (CycleSeconds / 2);
        var delayFactor = Hashing.Unit(key, day, (cycle * 2) + direction) * 0.2;
        var actualDuration = TripSeconds * (1 + delayFactor);
        if (elapsed >= actualDuration)
        {
            return Parked(direction == 0 ? Route.StopNodes.Count - 1 : 0);
        }

        var nominal = elapsed / (1 + delayFactor);
        var tripId = TripId(direction, cycleStart + (direction * CycleSeconds / 2));
        var delay = (int)(elapsed - nominal);
        return Moving(direction, nominal, 1 + delayFactor, tripId, delay);
    }

    private BusState Moving(int direction, double nominal, double stretch, string tripId, int delay)
    {
        var (arrival, departure) = (_arrival[direction], _departure[direction]);
        var stops = Route.StopNodes.Count;
        for (var s = 0; s < stops - 1; s++)
        {
            if (nominal < departure[s])
            {
                var at = StopAt(direction, s);
                return new BusState(Route.Path[Route.StopNodes[at]], 0, BearingAt(StopDistance(direction, s) + 1, direction), tripId, delay, at, Route.Id);
            }

            if (nominal < arrival[s + 1])
            {
                var (from, to) = (StopDistance(direction, s), StopDistance(direction, s + 1));
                var fraction = (nominal - departure[s]) / (arrival[s + 1] - departure[s]);
                var along = from + ((to - from) * fraction);
                var speed = (to - from) / ((arrival[s + 1] - departure[s]) * stretch) * 3.6;
                return new BusState(PositionAt(Outbound(direction, along)), speed, BearingAt(along, direction), tripId, delay, null, Route.Id);
            }
        }

        return Parked(StopAt(direction, stops - 1));
    }

    /// <summary>Distance of the direction's <paramref name="s"/>-th stop from that direction's start.</summary>
    private double StopDistance(int direction, int s) =>
        direction == 0 ? _pathDistance[Route.StopNodes[s]] : _pathDistance[^1] - _pathDistance[Route.StopNodes[Route.StopNodes.Count - 1 - s]];

    private double Outbound(int direction, double along) => direction == 0 ? along : _pathDistance[^1] - along;

    private BusState Parked(int stop) => new(Route.Path[Route.StopNodes[stop]], 0, 0, null, 0, stop, Route.Id);

    private GeoPosition PositionAt(double distance)
    {
        var i = SegmentAt(distance);
        var length = _pathDistance[i + 1] - _pathDistance[i];
        return Geo.Lerp(Route.Path[i], Route.Path[i + 1], length <= 0 ? 0 : Math.Clamp((distance - _pathDistance[i]) / length, 0, 1));
    }

    /// <summary>Heading of the street segment just ahead of <paramref name="along"/> in the direction of travel.</summary>
    private double BearingAt(double along, int direction)
    {
        var outboundDistance = Math.Clamp(Outbound(direction, direction == 0 ? along : along + 1), 0, _pathDistance[^1]);
        var i = SegmentAt(outboundDistance);
        return direction == 0 ? Geo.Bearing(Route.Path[i], Route.Path[i + 1]) : Geo.Bearing(Route.Path[i + 1], Route.Path[i]);
    }

    /// <summary>The path segment (index of its first node) containing the outbound distance.</summary>
    private int SegmentAt(double outboundDistance)
    {
        var found = Array.BinarySearch(_pathDistance, outboundDistance);
        return Math.Clamp(found >= 0 ? found : ~found - 1, 0, _pathDistance.Length - 2);
    }
}
