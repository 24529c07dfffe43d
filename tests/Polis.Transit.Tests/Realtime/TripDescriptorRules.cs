using Polis.Transit.Realtime.Protobuf;
using Polis.Transit.Timetable;

namespace Polis.Transit.Tests.Realtime;

/// <summary>
/// The validator's rules on one TripDescriptor against the static network (E003, E004, E006, E013, E020, E021, E024, E035).
/// E006 applies where the descriptor names one run (trip updates, vehicle positions), not to an alert about all runs.
/// </summary>
internal static class TripDescriptorRules
{
    public static void Check(List<string> findings, string entity, TripDescriptor trip, TransitNetwork? network, bool namesRun = true)
    {
        ScheduledTrip? scheduled = null;
        if (trip.HasTripId && trip.ScheduleRelationship != TripDescriptor.Types.ScheduleRelationship.Added
            && (network is null || !network.Trips.TryGetValue(trip.TripId, out scheduled)))
        {
            findings.Add($"E003 '{entity}' trip_id '{trip.TripId}' is not in the GTFS");
        }

        if (trip.HasRouteId && (network is null || !network.Routes.ContainsKey(trip.RouteId)))
        {
            findings.Add($"E004 '{entity}' route_id '{trip.RouteId}' is not in the GTFS");
        }

        if (scheduled is null)
        {
            return;
        }

        if (trip.HasRouteId && trip.RouteId != scheduled.Route.Id)
        {
            findings.Add($"E035 '{entity}' trip '{trip.TripId}' does not belong to route '{trip.RouteId}'");
        }

        if (trip.HasDirectionId && (int)trip.DirectionId != scheduled.Trip.DirectionId)
        {
            findings.Add($"E024 '{entity}' direction_id {trip.DirectionId} differs from trips.txt");
        }

        if (trip.HasStartDate && (trip.StartDate.Length != 8 || !trip.StartDate.All(char.IsAsciiDigit)))
        {
            findings.Add($"E021 '{entity}' start_date '{trip.StartDate}'");
        }

        if (namesRun && scheduled.IsFrequencyBased && (!trip.HasStartTime || !trip.HasStartDate))
        {
            findings.Add($"E006 '{entity}' frequency-based trip '{trip.TripId}' without start_time and start_date");
        }

        if (trip.HasStartTime && !GtfsTime.TryParse(trip.StartTime, out _))
        {
            findings.Add($"E020 '{entity}' start_time '{trip.StartTime}'");
        }

        var headwayBased = scheduled.Frequencies.Count > 0 && scheduled.Frequencies.All(f => !f.ExactTimes);
        if (headwayBased && trip.HasScheduleRelationship && trip.ScheduleRelationship is not (TripDescriptor.Types.ScheduleRelationship.Unscheduled or TripDescriptor.Types.ScheduleRelationship.Canceled))
        {
            findings.Add($"E013 '{entity}' headway-based trip '{trip.TripId}' is {trip.ScheduleRelationship}");
        }
    }
}
