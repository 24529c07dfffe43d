using Polis.Transit.Realtime.Protobuf;
using Polis.Transit.Timetable;
using Polis.Transit.Live;

namespace Polis.Transit.Realtime;

/// <summary>How Polis names a run and a vehicle in GTFS-Realtime (TripDescriptor, VehicleDescriptor).</summary>
public static class TripDescriptors
{
    /// <summary>
    /// trip_id, route_id, direction_id, start_date and the relationship; start_time only for frequency-based
    /// trips, where it tells the runs apart (E006). For other trips start_time could only repeat the timetable,
    /// and validators compare it with the first stop's arrival (E023), so it is left out.
    /// </summary>
    public static TripDescriptor For(TripInstance run, TripDescriptor.Types.ScheduleRelationship relationship)
    {
        ArgumentNullException.ThrowIfNull(run);
        var trip = run.Trip;
        var descriptor = new TripDescriptor
        {
            TripId = trip.Id,
            RouteId = trip.Route.Id,
            StartDate = run.StartDateText,
            ScheduleRelationship = relationship,
        };
        if (trip.Trip.DirectionId is >= 0 and var direction)
        {
            descriptor.DirectionId = (uint)direction;
        }

        if (trip.IsFrequencyBased)
        {
            descriptor.StartTime = run.StartTimeText;
        }

        return descriptor;
    }

    /// <summary>SCHEDULED, or UNSCHEDULED for a headway-based run (frequencies.txt exact_times=0, E013).</summary>
    public static TripDescriptor.Types.ScheduleRelationship Running(TripInstance run) =>
        IsHeadwayBased(run) ? TripDescriptor.Types.ScheduleRelationship.Unscheduled : TripDescriptor.Types.ScheduleRelationship.Scheduled;

    /// <summary>
    /// True for a run of a frequencies.txt period with exact_times=0: riders are promised a headway, not times,
    /// so its updates carry predicted times without delays.
    /// </summary>
    public static bool IsHeadwayBased(TripInstance run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var start = run.StartSeconds;
        foreach (var frequency in run.Trip.Frequencies)
        {
            if (start >= frequency.StartSeconds && start < frequency.EndSeconds)
            {
                return !frequency.ExactTimes;
            }
        }

        return false;
    }

    /// <summary>The vehicle's device id (unique, E052) and, when it has one, its name as the label riders see.</summary>
    public static VehicleDescriptor Vehicle(VehicleState vehicle)
    {
        ArgumentNullException.ThrowIfNull(vehicle);
        var descriptor = new VehicleDescriptor { Id = vehicle.VehicleId };
        if (!string.IsNullOrWhiteSpace(vehicle.Label))
        {
            descriptor.Label = vehicle.Label;
        }

        return descriptor;
    }
}
