using System.Collections.Concurrent;
using Polis.Simulator.Behaviour;
using Polis.Simulator.Generation;
using Polis.Simulator.Model;
using Polis.Transit.Timetable;

namespace Polis.Simulator.Transit;

/// <summary>
/// The buses of a real feed: as many as the busiest service date of a window needs (at most a cap), vehicle n
/// driving the n-th duty of each date (duties ordered by first departure). A run is late by a deterministic 0–20 %
/// stretch, never past the next run of its duty (the layover absorbs it, as on the street). Between runs and
/// duties a bus stands at the terminus out of service; a duty from yesterday still under way goes first.
/// </summary>
public sealed class TransitFleet : IBusSchedule
{
    public const double MaxStretch = 0.2;

    /// <summary>The bus profile's speed range: a feed's impossible timing (a typo) must not get readings refused.</summary>
    public const double MaxSpeedKmh = 250;

    private const int CachedDates = 8;
    private readonly ConcurrentDictionary<DateOnly, IReadOnlyList<VehicleDuty>> _duties = new();
    private readonly (TripInstance Run, DateOnly Date)[] _homes;

    /// <summary>Plans the dates from <paramref name="firstDate"/> to <paramref name="lastDate"/> to size the fleet.</summary>
    public TransitFleet(TransitNetwork network, DateOnly firstDate, DateOnly lastDate, int maxVehicles)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxVehicles, 1);
        Network = network;
        var planned = new List<(DateOnly Date, IReadOnlyList<VehicleDuty> Duties)>();
        for (var date = firstDate; date <= lastDate; date = date.AddDays(1))
        {
            planned.Add((date, DutyPlanner.Plan(network, date)));
        }

        Needed = planned.Count == 0 ? 0 : planned.Max(p => p.Duties.Count);
        Vehicles = Math.Min(Needed, maxVehicles);
        _homes = new (TripInstance, DateOnly)[Vehicles];
        foreach (var (date, duties) in planned)
        {
            var kept = Cap(duties);
            _duties[date] = kept;
            for (var v = 0; v < kept.Count; v++)
            {
                _homes[v] = _homes[v].Run is null ? (kept[v].Trips[0], date) : _homes[v];
            }
        }
    }

    public TransitNetwork Network { get; }

    /// <summary>The most duties any planned date has: the fleet the timetable needs.</summary>
    public int Needed { get; }

    /// <summary>The buses that run: <see cref="Needed"/>, at most the cap (a date needing more drops whole duties).</summary>
    public int Vehicles { get; }

    /// <summary>The first run vehicle <paramref name="vehicle"/> drives in the planned dates: where it is registered.</summary>
    public TripInstance Home(int vehicle) => _homes[vehicle].Run;

    /// <summary>The duties run on <paramref name="serviceDate"/>: at most <see cref="Vehicles"/>, the longest in service kept.</summary>
    public IReadOnlyList<VehicleDuty> DutiesOn(DateOnly serviceDate)
    {
        if (_duties.TryGetValue(serviceDate, out var duties))
        {
            return duties;
        }

        // A simulator running for days plans each new date once; dates long past are forgotten.
        foreach (var old in _duties.Keys.Where(d => d < serviceDate.AddDays(-2) && _duties.Count > CachedDates))
        {
            _duties.TryRemove(old, out _);
        }

        return _duties.GetOrAdd(serviceDate, date => Cap(DutyPlanner.Plan(Network, date)));
    }

    public BusState At(int bus, DateTimeOffset time, long key)
    {
        var date = Network.LocalDate(time);
        var yesterday = DutyOf(date.AddDays(-1), bus);
        if (yesterday is not null && time < yesterday.End + ((yesterday.End - yesterday.Trips[^1].ScheduledStart) * MaxStretch))
        {
            return Drive(yesterday, time, key);
        }

        if (DutyOf(date, bus) is { } today)
        {
            return Drive(today, time, key);
        }

        return yesterday is not null ? Standing(yesterday.Trips[^1], atEnd: true) : Standing(_homes[bus].Run, atEnd: false);
    }

    private VehicleDuty? DutyOf(DateOnly date, int bus) => DutiesOn(date) is var duties && bus < duties.Count ? duties[bus] : null;

    private static BusState Drive(VehicleDuty duty, DateTimeOffset time, long key)
    {
        var trips = duty.Trips;
        var i = trips.Count - 1;
        while (i >= 0 && trips[i].ScheduledStart > time)
        {
            i--;
        }

        if (i < 0)
        {
            return Standing(trips[0], atEnd: false);
        }

        var run = trips[i];
        var duration = (run.ScheduledEnd - run.ScheduledStart).TotalSeconds;
        var stretch = Hashing.Unit(key, run.ServiceDate.DayNumber, i) * MaxStretch;
        if (i + 1 < trips.Count && duration > 0)
        {
            stretch = Math.Min(stretch, Math.Max(0, ((trips[i + 1].ScheduledStart - run.ScheduledStart).TotalSeconds / duration) - 1));
        }

        var elapsed = (time - run.ScheduledStart).TotalSeconds;
        if (elapsed >= duration * (1 + stretch))
        {
            return Standing(run, atEnd: true);
        }

        var nominal = elapsed / (1 + stretch);
        var point = TripMotion.At(run.Trip, nominal);
        return new BusState(new GeoPosition(point.Longitude, point.Latitude), Math.Min(MaxSpeedKmh, point.SpeedMetresPerSecond * 3.6 / (1 + stretch)), point.Bearing,
            run.Trip.Id, (int)Math.Round(elapsed - nominal), point.StopIndex, run.Trip.Route.Id, run.Trip.IsFrequencyBased ? run.StartTimeText : null);
    }

    /// <summary>Out of service at the run's first or last stop: no trip, the route it serves or served.</summary>
    private static BusState Standing(TripInstance run, bool atEnd)
    {
        var point = TripMotion.AtStop(run.Trip, atEnd ? run.Trip.Stops.Count - 1 : 0);
        return new BusState(new GeoPosition(point.Longitude, point.Latitude), 0, point.Bearing, null, 0, point.StopIndex, run.Trip.Route.Id);
    }

    private IReadOnlyList<VehicleDuty> Cap(IReadOnlyList<VehicleDuty> duties) => duties.Count <= Vehicles
        ? duties
        : [.. duties.Select((d, i) => (d, i)).OrderByDescending(x => x.d.InService).ThenBy(x => x.i).Take(Vehicles).OrderBy(x => x.i).Select(x => x.d)];
}
