using Polis.Transit.Geometry;
using Polis.Transit.Timetable;
using Polis.Transit.Tracking;

namespace Polis.Transit.Tests.Tracking;

/// <summary>
/// A vehicle that drives a run along its shape exactly by the schedule, shifted by <see cref="Delay"/>, optionally
/// halting for <see cref="HaltFor"/> when it reaches <see cref="HaltAt"/> metres, with Gaussian GPS noise of
/// <see cref="NoiseMetres"/> (seeded, so a failing test fails the same way every time).
/// </summary>
internal sealed class SimulatedVehicle(string id, TripInstance run, int seed = 1)
{
    private readonly Random _random = new(seed);

    public string Id { get; } = id;

    public TripInstance Run { get; } = run;

    public TimeSpan Delay { get; init; }

    public double NoiseMetres { get; init; }

    public double? HaltAt { get; init; }

    public TimeSpan HaltFor { get; init; }

    public bool SendsTripId { get; init; }

    public bool SendsRouteId { get; init; }

    /// <summary>Metres along the shape at <paramref name="at"/>.</summary>
    public double ProgressAt(DateTimeOffset at)
    {
        var template = (at - Run.ServiceDayStart - Delay).TotalSeconds - Run.RunOffset;
        if (HaltAt is { } halt && template > TemplateTimeAt(Run.Trip, halt))
        {
            template = Math.Max(TemplateTimeAt(Run.Trip, halt), template - HaltFor.TotalSeconds);
        }

        return ScheduledProgress(Run.Trip, template);
    }

    /// <summary>When the vehicle enters the zone of stop <paramref name="index"/> (what the tracker should record as its arrival).</summary>
    public DateTimeOffset ArrivalAt(int index, double radius)
    {
        var distance = Run.Trip.Stops[index].DistanceMetres - ScheduleMath.StopRadius(Run.Trip, index, radius);
        var template = TemplateTimeAt(Run.Trip, distance);
        if (HaltAt is { } halt && distance > halt)
        {
            template += HaltFor.TotalSeconds;
        }

        return Run.ServiceDayStart.AddSeconds(template + Run.RunOffset) + Delay;
    }

    public VehicleReport ReportAt(DateTimeOffset at)
    {
        var progress = ProgressAt(at);
        var speed = ProgressAt(at.AddSeconds(1)) - progress;
        var (latitude, longitude) = Run.Trip.Shape.PointAt(progress);
        var north = Gaussian() * NoiseMetres;
        var east = Gaussian() * NoiseMetres;
        latitude += north / (GeoMath.EarthRadiusMetres * Math.PI / 180);
        longitude += east / (GeoMath.EarthRadiusMetres * Math.PI / 180 * Math.Cos(GeoMath.DegreesToRadians(latitude)));
        return new VehicleReport(Id, at, latitude, longitude, speed, Run.Trip.Shape.BearingAt(progress),
            SendsTripId ? Run.Trip.Id : null, SendsRouteId ? Run.Trip.Route.Id : null, 20);
    }

    /// <summary>Progress the schedule gives at template second <paramref name="seconds"/>: still at stops in their dwell, linear between.</summary>
    public static double ScheduledProgress(ScheduledTrip trip, double seconds)
    {
        var stops = trip.Stops;
        for (var i = 0; i < stops.Count; i++)
        {
            if (seconds <= stops[i].Departure)
            {
                if (i == 0 || seconds >= stops[i].Arrival)
                {
                    return stops[i].DistanceMetres;
                }

                var previous = stops[i - 1];
                var fraction = (seconds - previous.Departure) / Math.Max(1, stops[i].Arrival - previous.Departure);
                return previous.DistanceMetres + (fraction * (stops[i].DistanceMetres - previous.DistanceMetres));
            }
        }

        return stops[^1].DistanceMetres;
    }

    /// <summary>The template second at which the schedule reaches <paramref name="distance"/> metres (moving, not dwelling).</summary>
    public static double TemplateTimeAt(ScheduledTrip trip, double distance)
    {
        var stops = trip.Stops;
        for (var i = 1; i < stops.Count; i++)
        {
            if (distance <= stops[i].DistanceMetres)
            {
                var previous = stops[i - 1];
                var span = stops[i].DistanceMetres - previous.DistanceMetres;
                var fraction = span <= 0 ? 1 : Math.Clamp((distance - previous.DistanceMetres) / span, 0, 1);
                return previous.Departure + (fraction * (stops[i].Arrival - previous.Departure));
            }
        }

        return stops[^1].Arrival;
    }

    private double Gaussian()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }
}
